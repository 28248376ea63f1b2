package io.jenkins.plugins.freight.server.libraryvariablesets;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.variable.LibraryVariableSet;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/{space}/libraryvariablesets}: list ({@code ids}, {@code partialName}, {@code name},
 * {@code contentType}), {@code /all}, get by id or name, create, update, delete (refused while a
 * project includes the set). Their variables are read and written through {@code
 * variables/variableset-LibraryVariableSets-N}.
 */
public final class LibraryVariableSetsResource {

    private static final String TEMPLATE =
            "/libraryvariablesets{/id}{?skip,contentType,take,ids,partialName}";

    private final VariableService variables;

    public LibraryVariableSetsResource(VariableService variables) {
        this.variables = variables;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "libraryvariablesets", this::list)
                .get(space, "libraryvariablesets/all", this::all)
                .get(space, "libraryvariablesets/{id}", this::get)
                .post(space, "libraryvariablesets", this::create)
                .put(space, "libraryvariablesets/{id}", this::update)
                .delete(space, "libraryvariablesets/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        Page<LibraryVariableSetWire> page =
                Paging.page(
                                ofContentType(r),
                                Paging.query(r),
                                LibraryVariableSet::id,
                                LibraryVariableSet::name)
                        .map(s -> LibraryVariableSetWire.of(s, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "LibraryVariableSet",
                        page,
                        r.inSpace("/libraryvariablesets"),
                        r.inSpace(TEMPLATE)));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                ofContentType(r).stream()
                        .map(s -> LibraryVariableSetWire.of(s, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(LibraryVariableSetWire.of(find(r), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        LibraryVariableSet body = r.body(LibraryVariableSetWire.class).toSet(null);
        LibraryVariableSet created =
                variables.createLibrarySet(
                        r.caller(), r.spaceId(), body.name(), body.description());
        return Reply.created(LibraryVariableSetWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        LibraryVariableSetWire body = r.body(LibraryVariableSetWire.class);
        LibraryVariableSet current = find(r);
        return Reply.ok(
                LibraryVariableSetWire.of(
                        variables.updateLibrarySet(r.caller(), body.toSet(current)), r.links()));
    }

    private Reply delete(ApiRequest r) {
        variables.deleteLibrarySet(r.caller(), find(r).id());
        return Reply.empty();
    }

    /** Every set is a variable set: other content types (script modules) list nothing. */
    private List<LibraryVariableSet> ofContentType(ApiRequest r) {
        String contentType = r.query().nonBlank("contentType");
        if (contentType != null
                && !contentType.equalsIgnoreCase(LibraryVariableSetWire.VARIABLES)) {
            return List.of();
        }
        return variables.listLibrarySets(r.caller(), r.spaceId());
    }

    /** The set the path names by id or name, in the path's space. */
    private LibraryVariableSet find(ApiRequest r) {
        String reference = r.path("id");
        String lower = reference.toLowerCase(Locale.ROOT);
        return variables.listLibrarySets(r.caller(), r.spaceId()).stream()
                .filter(
                        s ->
                                s.id().equalsIgnoreCase(reference)
                                        || s.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Library variable set", reference));
    }
}
