package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Variable sets of projects and library variable sets, and the snapshots releases freeze.
 *
 * <p>Sensitive values are encrypted before they reach the database and are never returned by the
 * read methods here (their {@code value} is null). On {@link #modify}, the {@code Id} decides what
 * happens to a sensitive value, as in Octopus: an existing id sent with an empty or null value
 * keeps the stored secret; with a value, replaces it; a new (or absent) id stores exactly what was
 * sent.
 */
public final class VariableService {

    /** Octopus's message for an edit based on an old version, which clients show as is. */
    public static final String STALE_VERSION =
            "Changes to these variables could not be saved, because another user has made changes to"
                    + " the variables between when you started editing and when you saved your"
                    + " changes. Please reload or open a new tab to make your changes.";

    private static final int MAX_NAME_LENGTH = 1000;
    private static final String SNAPSHOT_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final SecretCipher cipher;
    private final VariableRepository repository;
    private final SnapshotCodec snapshots = new SnapshotCodec();
    private final References references = new References();
    private final SecureRandom random = new SecureRandom();

    public VariableService(Database database, AccessPolicy access, SecretCipher cipher) {
        this(database, access, cipher, null);
    }

    /**
     * @param audit where changes to variables and library variable sets are recorded (null: not
     *     recorded)
     */
    public VariableService(
            Database database, AccessPolicy access, SecretCipher cipher, AuditLog audit) {
        this.audit = audit;
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.repository = new JdbcVariableRepository();
    }

    /** A variable set by id ({@code variableset-Projects-N}); sensitive values withheld. */
    public VariableSet get(Caller caller, String setId) {
        VariableSet set =
                database.withHandle(h -> repository.findSet(h, setId))
                        .orElseThrow(() -> NotFoundException.of("Variable set", setId));
        access.require(caller, "VariableView", set.spaceId());
        return redacted(set);
    }

    /** The variable set of a project or library variable set. */
    public VariableSet getForOwner(Caller caller, String ownerId) {
        return get(caller, VariableSet.idFor(ownerId));
    }

    /**
     * Replaces the variables of a set. {@code changed.version()} must be the stored version.
     *
     * @return the saved set, sensitive values withheld, with the next version
     * @throws ConflictException when the set changed since {@code changed.version()}
     * @throws InvalidInputException listing every invalid variable; nothing is saved
     */
    public VariableSet modify(Caller caller, VariableSet changed) {
        Objects.requireNonNull(changed, "changed");
        String setId = changed.id() != null ? changed.id() : VariableSet.idFor(changed.ownerId());
        return database.inTransaction(
                h -> {
                    VariableSet stored =
                            repository
                                    .findSet(h, setId)
                                    .orElseThrow(() -> NotFoundException.of("Variable set", setId));
                    access.require(caller, "VariableEdit", stored.spaceId());
                    if (changed.version() != stored.version()) {
                        throw new ConflictException(STALE_VERSION);
                    }
                    List<Variable> variables = prepare(changed.variables(), stored.variables());
                    VariableSet next =
                            new VariableSet(
                                    stored.id(),
                                    stored.spaceId(),
                                    stored.ownerId(),
                                    stored.version() + 1,
                                    variables);
                    if (!repository.replaceVariables(h, next, stored.version())) {
                        throw new ConflictException(STALE_VERSION);
                    }
                    record(
                            h,
                            caller,
                            new EventRequest(
                                    stored.spaceId(),
                                    EventCategory.Modified,
                                    "Variables of " + stored.ownerId() + " were changed",
                                    List.of(stored.id(), stored.ownerId()),
                                    stored.ownerId().startsWith("Projects-")
                                            ? stored.ownerId()
                                            : null,
                                    null,
                                    null,
                                    stored,
                                    next));
                    return redacted(next);
                });
    }

    /**
     * Whether the stored value of a sensitive variable equals {@code candidate}, for callers that
     * may edit the set (and so could overwrite it anyway); the secret itself never leaves. False
     * when the variable is unknown or not sensitive.
     */
    public boolean sensitiveValueEquals(
            Caller caller, String ownerId, String variableId, String candidate) {
        String setId = VariableSet.idFor(ownerId);
        VariableSet stored =
                database.withHandle(h -> repository.findSet(h, setId))
                        .orElseThrow(() -> NotFoundException.of("Variable set", setId));
        access.require(caller, "VariableEdit", stored.spaceId());
        if (candidate == null) {
            return false;
        }
        return stored.variables().stream()
                .filter(v -> v.id().equals(variableId) && v.isSensitive() && v.value() != null)
                .findFirst()
                .map(
                        v ->
                                java.security.MessageDigest.isEqual(
                                        cipher.decrypt(v.value())
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        candidate.getBytes(
                                                java.nio.charset.StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /** Validates the new variables and encrypts sensitive values, keeping stored secrets by id. */
    private List<Variable> prepare(List<Variable> incoming, List<Variable> stored) {
        Map<String, Variable> storedById = new HashMap<>();
        for (Variable v : stored) {
            storedById.put(v.id(), v);
        }
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Variable> result = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Variable v = incoming.get(i);
            String label = "Variable " + (i + 1);
            if (v.name().isBlank()) {
                errors.add(label + " has no name.");
            } else if (v.name().length() > MAX_NAME_LENGTH) {
                errors.add(label + " has a name longer than " + MAX_NAME_LENGTH + " characters.");
            }
            if (v.prompt() != null && v.prompt().label().isBlank()) {
                errors.add(
                        label + " ('" + v.name() + "') is prompted but its prompt has no label.");
            }
            String id = v.id() == null || v.id().isBlank() ? UUID.randomUUID().toString() : v.id();
            if (!ids.add(id)) {
                errors.add(label + " ('" + v.name() + "') repeats the id " + id + ".");
            }
            result.add(v.withId(id).withValue(storedValue(v, storedById.get(v.id()))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The variables are not valid: " + String.join(" ", errors), errors);
        }
        return result;
    }

    private String storedValue(Variable incoming, Variable previous) {
        if (!incoming.isSensitive()) {
            return incoming.value();
        }
        boolean empty = incoming.value() == null || incoming.value().isEmpty();
        if (empty && previous != null && previous.isSensitive()) {
            return previous.value();
        }
        return incoming.value() == null ? null : cipher.encrypt(incoming.value());
    }

    /**
     * Creates the empty set of a new project or library variable set, inside the caller's
     * transaction; returns the existing set if there is one.
     */
    public VariableSet createSet(Handle handle, String spaceId, String ownerId) {
        String id = VariableSet.idFor(ownerId);
        return repository
                .findSet(handle, id)
                .map(this::redacted)
                .orElseGet(
                        () -> {
                            VariableSet set = new VariableSet(id, spaceId, ownerId, 0, List.of());
                            repository.insertSet(handle, set);
                            return set;
                        });
    }

    /**
     * Copies the variables of one owner's set into another's (a project clone), inside the caller's
     * transaction. Sensitive values are copied as stored, still encrypted: they are never decrypted
     * here. Each scope id goes through {@code translate} (a source channel becomes the copy's).
     */
    public void copyVariables(
            Handle handle, String fromOwnerId, String toOwnerId, UnaryOperator<String> translate) {
        String fromId = VariableSet.idFor(fromOwnerId);
        String toId = VariableSet.idFor(toOwnerId);
        VariableSet from =
                repository
                        .findSet(handle, fromId)
                        .orElseThrow(() -> NotFoundException.of("Variable set", fromId));
        VariableSet to =
                repository
                        .findSet(handle, toId)
                        .orElseThrow(() -> NotFoundException.of("Variable set", toId));
        List<Variable> copied =
                from.variables().stream()
                        .map(v -> v.withScope(translated(v.scope(), translate)))
                        .toList();
        VariableSet next =
                new VariableSet(to.id(), to.spaceId(), to.ownerId(), to.version() + 1, copied);
        if (!repository.replaceVariables(handle, next, to.version())) {
            throw new ConflictException(STALE_VERSION);
        }
    }

    private static VariableScope translated(VariableScope scope, UnaryOperator<String> translate) {
        Map<ScopeDimension, List<String>> values = new EnumMap<>(ScopeDimension.class);
        scope.values()
                .forEach(
                        (dimension, ids) ->
                                values.put(dimension, ids.stream().map(translate).toList()));
        return new VariableScope(values);
    }

    /** Deletes the set of an owner being deleted, inside the caller's transaction. */
    public void deleteSet(Handle handle, String ownerId) {
        repository.deleteSet(handle, VariableSet.idFor(ownerId));
    }

    public LibraryVariableSet createLibrarySet(
            Caller caller, String spaceId, String name, String description) {
        access.require(caller, "LibraryVariableSetCreate", spaceId);
        String trimmed = validLibraryName(name);
        return database.inTransaction(
                h -> {
                    if (repository.libraryNameTaken(h, spaceId, trimmed, null)) {
                        throw new ConflictException(
                                "A library variable set named '" + trimmed + "' already exists.");
                    }
                    String id = Database.nextId(h, "LibraryVariableSets");
                    LibraryVariableSet set =
                            new LibraryVariableSet(
                                    id, spaceId, trimmed, description, VariableSet.idFor(id));
                    repository.insertLibrarySet(h, set);
                    createSet(h, spaceId, id);
                    record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId,
                                    id,
                                    "Library variable set " + trimmed + " was created",
                                    set));
                    return set;
                });
    }

    public LibraryVariableSet getLibrarySet(Caller caller, String id) {
        LibraryVariableSet set =
                database.withHandle(h -> repository.findLibrarySet(h, id))
                        .orElseThrow(() -> NotFoundException.of("Library variable set", id));
        access.require(caller, "LibraryVariableSetView", set.spaceId());
        return set;
    }

    public List<LibraryVariableSet> listLibrarySets(Caller caller, String spaceId) {
        access.require(caller, "LibraryVariableSetView", spaceId);
        return database.withHandle(h -> repository.listLibrarySets(h, spaceId));
    }

    public LibraryVariableSet updateLibrarySet(Caller caller, LibraryVariableSet changed) {
        String trimmed = validLibraryName(changed.name());
        return database.inTransaction(
                h -> {
                    LibraryVariableSet stored =
                            repository
                                    .findLibrarySet(h, changed.id())
                                    .orElseThrow(
                                            () ->
                                                    NotFoundException.of(
                                                            "Library variable set", changed.id()));
                    access.require(caller, "LibraryVariableSetEdit", stored.spaceId());
                    if (repository.libraryNameTaken(h, stored.spaceId(), trimmed, stored.id())) {
                        throw new ConflictException(
                                "A library variable set named '" + trimmed + "' already exists.");
                    }
                    LibraryVariableSet next =
                            new LibraryVariableSet(
                                    stored.id(),
                                    stored.spaceId(),
                                    trimmed,
                                    changed.description(),
                                    stored.variableSetId());
                    repository.updateLibrarySet(h, next);
                    record(
                            h,
                            caller,
                            EventRequest.modified(
                                    stored.spaceId(),
                                    stored.id(),
                                    "Library variable set " + trimmed + " was changed",
                                    stored,
                                    next));
                    return next;
                });
    }

    /**
     * Deletes a library variable set and its variables; refused while a project includes it (the
     * message names the projects).
     */
    public void deleteLibrarySet(Caller caller, String id) {
        database.useTransaction(
                h -> {
                    LibraryVariableSet stored =
                            repository
                                    .findLibrarySet(h, id)
                                    .orElseThrow(
                                            () -> NotFoundException.of("Library variable set", id));
                    access.require(caller, "LibraryVariableSetDelete", stored.spaceId());
                    // projects that include the set would lose its variables silently
                    references.requireUnused(
                            h,
                            stored.id(),
                            "Library variable set '" + stored.name() + "'",
                            List.of());
                    repository.deleteSet(h, stored.variableSetId());
                    repository.deleteLibrarySet(h, id);
                    record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    stored.spaceId(),
                                    stored.id(),
                                    "Library variable set " + stored.name() + " was deleted",
                                    stored));
                });
    }

    /** Deletes every library variable set of a space being deleted, with their variables. */
    public void deleteLibrarySetsInSpace(Handle handle, String spaceId) {
        for (LibraryVariableSet set : repository.listLibrarySets(handle, spaceId)) {
            repository.deleteSet(handle, set.variableSetId());
            repository.deleteLibrarySet(handle, set.id());
        }
    }

    private void record(Handle h, Caller caller, EventRequest request) {
        if (audit != null) {
            audit.record(h, caller, request);
        }
    }

    private static String validLibraryName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(
                    "A library variable set needs a name.", List.of("Name is required."));
        }
        if (name.trim().length() > 200) {
            throw new InvalidInputException(
                    "The name of a library variable set may have at most 200 characters.",
                    List.of("Name is longer than 200 characters."));
        }
        return name.trim();
    }

    /**
     * Freezes the current variables of the owners (a project, then the library variable sets it
     * includes, in precedence order) for a release, inside the caller's transaction.
     *
     * @return the snapshot id, e.g. {@code variableset-Projects-41-s-3-QXLY2}
     */
    public String snapshot(Handle handle, String... ownerIds) {
        if (ownerIds.length == 0) {
            throw new InvalidInputException("A variable snapshot needs at least one owner.");
        }
        List<VariableSet> sets = new ArrayList<>();
        for (String ownerId : ownerIds) {
            String setId = VariableSet.idFor(ownerId);
            sets.add(
                    repository
                            .findSet(handle, setId)
                            .orElseThrow(() -> NotFoundException.of("Variable set", setId)));
        }
        VariableSet first = sets.get(0);
        // Octopus-style ids: every release of an unchanged variable set shares the prefix, so the
        // five random characters alone would collide after a few thousand releases; draw again.
        String id;
        do {
            id = first.id() + "-s-" + first.version() + "-" + randomSuffix();
        } while (repository.snapshotExists(handle, id));
        repository.insertSnapshot(
                handle, id, first.spaceId(), List.of(ownerIds), snapshots.encode(sets));
        return id;
    }

    private String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(SNAPSHOT_ALPHABET.charAt(random.nextInt(SNAPSHOT_ALPHABET.length())));
        }
        return suffix.toString();
    }

    /**
     * The frozen variables of a release, with sensitive values decrypted for execution. For the
     * engine's own use (no caller): show it to people only through {@link
     * VariableSnapshot#redacted()}.
     */
    public VariableSnapshot getSnapshot(Handle handle, String snapshotId) {
        String content =
                repository
                        .findSnapshotContent(handle, snapshotId)
                        .orElseThrow(() -> NotFoundException.of("Variable snapshot", snapshotId));
        List<VariableSet> sets =
                snapshots.decode(content).stream()
                        .map(
                                s ->
                                        s.withVariables(
                                                s.variables().stream()
                                                        .map(this::decrypted)
                                                        .toList()))
                        .toList();
        return new VariableSnapshot(snapshotId, sets);
    }

    private Variable decrypted(Variable v) {
        return v.isSensitive() && v.value() != null ? v.withValue(cipher.decrypt(v.value())) : v;
    }

    private VariableSet redacted(VariableSet set) {
        return set.withVariables(set.variables().stream().map(Variable::redacted).toList());
    }
}
