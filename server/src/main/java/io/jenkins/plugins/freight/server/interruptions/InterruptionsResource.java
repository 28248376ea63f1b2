package io.jenkins.plugins.freight.server.interruptions;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionPage;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.users.UserWire;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/{space}/interruptions}: list ({@code regarding}, {@code pendingOnly}, {@code ids}),
 * get, the responsible user (GET; PUT takes responsibility, C# sends POST with the override
 * header), and submit.
 */
public final class InterruptionsResource {

    private final InterruptionService interruptions;
    private final IdentityService identity;

    public InterruptionsResource(InterruptionService interruptions, IdentityService identity) {
        this.interruptions = interruptions;
        this.identity = identity;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "interruptions", this::list)
                .get(space, "interruptions/{id}", this::get)
                .get(space, "interruptions/{id}/responsible", this::responsible)
                .put(space, "interruptions/{id}/responsible", this::takeResponsibility)
                .post(space, "interruptions/{id}/submit", this::submit);
    }

    private Reply list(ApiRequest r) {
        QueryParameters q = r.query();
        Boolean pendingOnly = q.bool("pendingOnly");
        InterruptionQuery query =
                new InterruptionQuery(
                        r.spaceExplicit() ? r.spaceId() : null,
                        q.list("ids"),
                        q.nonBlank("regarding"),
                        pendingOnly != null && pendingOnly,
                        q.integer("skip", 0, 0),
                        q.integer("take", 30, 0));
        InterruptionPage found = interruptions.list(r.caller(), query);
        Page<InterruptionWire> page =
                new Page<>(
                        found.items().stream()
                                .map(i -> InterruptionWire.of(i, r.caller().userId(), r.links()))
                                .toList(),
                        found.totalResults(),
                        query.skip(),
                        query.take());
        String prefix = r.spaceExplicit() ? "/" + r.spaceId() : "";
        return Reply.ok(
                Paging.collection(
                        r,
                        "Interruption",
                        page,
                        prefix + "/interruptions",
                        prefix + "/interruptions{/id}{?skip,take,regarding,pendingOnly,ids}"));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(InterruptionWire.of(interruption(r), r.caller().userId(), r.links()));
    }

    private Reply responsible(ApiRequest r) {
        String userId =
                interruptions
                        .responsibleUserId(r.caller(), interruption(r).id())
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "Nobody has taken responsibility for"
                                                        + " interruption "
                                                        + r.path("id")
                                                        + " yet."));
        return Reply.ok(UserWire.of(identity.getUser(r.caller(), userId), r.links()));
    }

    private Reply takeResponsibility(ApiRequest r) {
        Interruption taken = interruptions.takeResponsibility(r.caller(), interruption(r).id());
        return Reply.ok(
                UserWire.of(identity.getUser(r.caller(), taken.responsibleUserId()), r.links()));
    }

    private Reply submit(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        if (!body.isObject()) {
            throw ApiProblem.badRequest("The form values must be a JSON object.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull()) {
                values.put(
                        field.getKey(),
                        field.getValue().isValueNode()
                                ? field.getValue().asText()
                                : field.getValue().toString());
            }
        }
        Interruption submitted =
                interruptions.submit(r.caller(), interruption(r).id(), canonical(values));
        return Reply.ok(InterruptionWire.of(submitted, r.caller().userId(), r.links()));
    }

    /** Form element names as the form spells them, whatever case the client used. */
    private static Map<String, String> canonical(Map<String, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach(
                (name, value) -> {
                    String known =
                            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                                case "result" -> "Result";
                                case "notes" -> "Notes";
                                case "instructions" -> "Instructions";
                                case "guidance" -> "Guidance";
                                default -> name;
                            };
                    result.put(known, value);
                });
        return result;
    }

    private Interruption interruption(ApiRequest r) {
        String id = r.path("id");
        Interruption found = interruptions.get(r.caller(), id);
        if (r.spaceExplicit() && found.spaceId() != null && !found.spaceId().equals(r.spaceId())) {
            throw NotFoundException.of("Interruption", id);
        }
        return found;
    }
}
