package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Tag sets and their tags. Documents refer to tags as {@code TagSet/Tag}; a tag (or set) that is
 * still used cannot be removed or renamed, and the refusal names who uses it.
 */
public final class TagSetService {

    private static final String KIND = "Tag set";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final TagSetRepository sets;
    private final References references;

    public TagSetService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            TagSetRepository sets,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.sets = sets;
        this.references = references;
    }

    /** Creates a tag set; it goes last, its tags get ids {@code Tags-N}. */
    public TagSet create(Caller caller, String spaceId, TagSet set) {
        access.require(caller, "TagSetCreate", spaceId);
        String name = validName(set.name());
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "TagSets");
                    String slug =
                            sets.table()
                                    .slugFor(
                                            h,
                                            Scope.space(spaceId),
                                            set.slug(),
                                            null,
                                            name,
                                            id,
                                            KIND);
                    int order =
                            set.sortOrder() > 0
                                    ? set.sortOrder()
                                    : sets.maxSortOrder(h, spaceId) + 1;
                    TagSet stored =
                            set.withName(name)
                                    .stored(
                                            id,
                                            spaceId,
                                            slug,
                                            order,
                                            validTags(h, name, set.tags()),
                                            clock.instant(),
                                            caller.username());
                    sets.insert(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId, id, "Tag set " + name + " was created", stored));
                    return stored;
                });
    }

    public TagSet get(Caller caller, String spaceId, String reference) {
        access.require(caller, "TenantView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of tag sets in sort order. */
    public Page<TagSet> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "TenantView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return sets.list(h, spaceId, query);
                });
    }

    /**
     * Saves a tag set. Tags are matched by id; tags without one are new. Removing or renaming a tag
     * (or renaming the set) that something uses is refused.
     */
    public TagSet modify(Caller caller, String spaceId, String id, TagSet changed) {
        access.require(caller, "TagSetEdit", spaceId);
        String name = validName(changed.name());
        return database.inTransaction(
                h -> {
                    TagSet current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    Map<String, Tag> kept =
                            changed.tags().stream()
                                    .filter(t -> t.id() != null && !t.id().isBlank())
                                    .collect(
                                            Collectors.toMap(
                                                    Tag::id, Function.identity(), (a, b) -> a));
                    boolean setRenamed = !current.name().equals(name);
                    for (Tag old : current.tags()) {
                        Tag next = kept.get(old.id());
                        if (next == null) {
                            references.requireUnused(
                                    h, old.id(), "Tag '" + old.canonicalTagName() + "'", List.of());
                        } else if (setRenamed || !next.name().strip().equals(old.name())) {
                            references.requireUnused(
                                    h,
                                    old.id(),
                                    "Tag '" + old.canonicalTagName() + "' cannot be renamed: it",
                                    List.of());
                        }
                    }
                    List<String> unknown =
                            kept.keySet().stream()
                                    .filter(
                                            k ->
                                                    current.tags().stream()
                                                            .noneMatch(t -> t.id().equals(k)))
                                    .toList();
                    if (!unknown.isEmpty()) {
                        throw new InvalidInputException(
                                "The tag set has tags with unknown ids: "
                                        + String.join(", ", unknown)
                                        + ".");
                    }
                    String slug =
                            sets.table()
                                    .slugFor(
                                            h,
                                            Scope.space(spaceId),
                                            changed.slug(),
                                            current.slug(),
                                            name,
                                            id,
                                            KIND);
                    int order = changed.sortOrder() > 0 ? changed.sortOrder() : current.sortOrder();
                    TagSet stored =
                            changed.withName(name)
                                    .stored(
                                            current.id(),
                                            spaceId,
                                            slug,
                                            order,
                                            validTags(h, name, changed.tags()),
                                            clock.instant(),
                                            caller.username());
                    sets.update(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    "Tag set " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes a tag set none of whose tags is used. */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "TagSetDelete", spaceId);
        database.useTransaction(
                h -> {
                    TagSet current = require(h, spaceId, id);
                    for (Tag tag : current.tags()) {
                        references.requireUnused(
                                h, tag.id(), "Tag '" + tag.canonicalTagName() + "'", List.of());
                    }
                    sets.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    "Tag set " + current.name() + " was deleted",
                                    current));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every tagset of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        sets.table().deleteAll(handle, spaceId);
    }

    public TagSet require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return sets.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /** Looks tag names ({@code TagSet/Tag}, case-insensitive) up in the space. */
    public TagResolution resolve(Handle handle, String spaceId, Collection<String> canonicalNames) {
        Set<String> distinct = new LinkedHashSet<>(canonicalNames);
        Set<String> setNames = new HashSet<>();
        for (String n : distinct) {
            int slash = n.indexOf('/');
            if (slash > 0) {
                setNames.add(n.substring(0, slash));
            }
        }
        List<TagSet> found = sets.named(handle, spaceId, setNames);
        List<Tag> tags = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String n : distinct) {
            int slash = n.indexOf('/');
            Tag tag =
                    slash <= 0
                            ? null
                            : found.stream()
                                    .filter(
                                            s ->
                                                    s.name()
                                                            .equalsIgnoreCase(
                                                                    n.substring(0, slash).strip()))
                                    .findFirst()
                                    .flatMap(s -> s.tag(n.substring(slash + 1).strip()))
                                    .orElse(null);
            if (tag == null) {
                missing.add(n);
            } else {
                tags.add(tag);
            }
        }
        return new TagResolution(tags, missing);
    }

    private List<Tag> validTags(Handle h, String setName, List<Tag> tags) {
        List<String> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Tag> result = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            String problem = Names.problem(t.name(), "Tag");
            if (problem == null && t.name().contains("/")) {
                problem = "Tag '" + t.name() + "' must not contain '/'.";
            }
            if (problem != null) {
                errors.add(problem);
                continue;
            }
            String tagName = t.name().strip();
            if (!names.add(tagName.toLowerCase(Locale.ROOT))) {
                errors.add("Two tags are named '" + tagName + "'.");
            }
            String id = t.id() == null || t.id().isBlank() ? null : t.id();
            result.add(
                    new Tag(
                            id,
                            tagName,
                            t.color(),
                            t.description(),
                            i + 1,
                            setName + "/" + tagName));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The tag set is not valid: " + String.join(" ", errors), errors);
        }
        return result.stream()
                .map(
                        t ->
                                t.id() != null
                                        ? t
                                        : new Tag(
                                                Database.nextId(h, "Tags"),
                                                t.name(),
                                                t.color(),
                                                t.description(),
                                                t.sortOrder(),
                                                t.canonicalTagName()))
                .toList();
    }

    private static String validName(String name) {
        String valid = Names.require(name, KIND);
        if (valid.contains("/")) {
            throw new InvalidInputException("The tag set name must not contain '/'.");
        }
        return valid;
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (sets.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A tag set named '" + name + "' already exists in this space.");
        }
    }
}
