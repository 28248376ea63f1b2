package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Users and API keys: who may call the engine, and how a request proves it. Every method but {@link
 * #authenticate} and {@link #bootstrapAdministrator} takes the {@link Caller} that asks and checks
 * it through the {@link AccessPolicy}.
 */
public final class IdentityService {

    /** The administrator created by {@link #bootstrapAdministrator}. */
    public static final String ADMIN_USERNAME = "admin";

    static final String BOOTSTRAP_SETTING = "security.bootstrap-admin";
    static final String INSTALLATION_SETTING = "installation-id";

    private final Database database;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;

    public IdentityService(Database database, AccessPolicy access, Clock clock) {
        this(database, access, clock, null);
    }

    /**
     * @param audit where user and API key changes are recorded (null: not recorded)
     */
    public IdentityService(Database database, AccessPolicy access, Clock clock, AuditLog audit) {
        this.database = database;
        this.users = new JdbcUserRepository();
        this.keys = new JdbcApiKeyRepository();
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    private void record(Handle h, Caller caller, EventRequest request) {
        if (audit != null) {
            audit.record(h, caller, request);
        }
    }

    /**
     * The caller an API key identifies, or empty when the key is malformed, unknown, expired,
     * revoked, or belongs to an inactive user. The answer never says which.
     */
    public Optional<Caller> authenticate(String apiKey, String ipAddress) {
        if (!ApiKeyFormat.isWellFormed(apiKey)) {
            return Optional.empty();
        }
        String hash = ApiKeyFormat.hash(apiKey);
        Instant now = clock.instant();
        return database.withHandle(h -> keys.findWithUserByHash(h, hash))
                .filter(k -> k.key().isUsableAt(now) && k.userActive())
                .map(
                        k ->
                                new Caller(
                                        k.key().userId(),
                                        k.username(),
                                        Caller.Via.API_KEY,
                                        ipAddress,
                                        k.key().id()));
    }

    /**
     * Makes sure an administrator exists and that {@code apiKey} authenticates as them: on the
     * first start this creates the user {@value #ADMIN_USERNAME}; on later starts a key that is not
     * known yet is added to that user. Safe when several nodes start at once.
     */
    public User bootstrapAdministrator(String apiKey) {
        if (!ApiKeyFormat.isWellFormed(apiKey)) {
            throw new InvalidInputException(
                    "The administrator API key must be API- followed by 26 to 64 uppercase letters"
                            + " and digits.");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(h -> bootstrap(h, apiKey));
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                // another node bootstrapped at the same moment: its rows are visible now
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private User bootstrap(Handle h, String apiKey) {
        // an administrator may have deleted the bootstrapped one: the key then makes a new one
        String adminId =
                bootstrapAdminId(h)
                        .filter(id -> users.findById(h, id).isPresent())
                        .orElseGet(() -> createAdmin(h));
        User admin =
                users.findById(h, adminId).orElseThrow(() -> NotFoundException.of("User", adminId));
        String hash = ApiKeyFormat.hash(apiKey);
        Optional<ApiKey> existing = keys.findByHash(h, hash);
        if (existing.isPresent() && !existing.get().userId().equals(admin.id())) {
            throw new ConflictException(
                    "The administrator API key already belongs to another user.");
        }
        if (existing.isEmpty() || !existing.get().isUsableAt(clock.instant())) {
            insertKey(h, admin.id(), "Administrator bootstrap key", null, apiKey, null);
        }
        // the bootstrapped administrator is in Octopus Administrators (system and space manager)
        h.createUpdate(
                        "INSERT INTO team_members (team_id, user_id) SELECT :team, :user WHERE NOT"
                                + " EXISTS (SELECT 1 FROM team_members WHERE team_id = :team AND"
                                + " user_id = :user)")
                .bind("team", Team.ADMINISTRATORS)
                .bind("user", admin.id())
                .execute();
        return admin;
    }

    /**
     * What a one-time start-up step (e.g. an embedding application creating its service account)
     * recorded under {@code name} when it was done, or empty when it was never done. Such steps run
     * only while this is empty, so they never redo what an administrator later changed.
     */
    public Optional<String> startupRecord(String name) {
        requireStartupName(name);
        return database.withHandle(h -> setting(h, name));
    }

    /**
     * Records that the one-time start-up step {@code name} is done; false when it was recorded
     * already (e.g. by another node starting at the same moment), which changes nothing.
     */
    public boolean recordStartup(String name, String value) {
        requireStartupName(name);
        return database.inTransaction(
                h ->
                        h.createUpdate(
                                                "INSERT INTO engine_settings (name, setting_value)"
                                                        + " SELECT :name, :value WHERE NOT EXISTS"
                                                        + " (SELECT 1 FROM engine_settings WHERE"
                                                        + " name = :name)")
                                        .bind("name", name)
                                        .bind("value", value)
                                        .execute()
                                == 1);
    }

    /** Start-up records live beside the engine's own settings and must not touch them. */
    private static void requireStartupName(String name) {
        if (name == null || !name.matches("startup\\.[a-z0-9.-]{1,80}")) {
            throw new InvalidInputException(
                    "A start-up record's name must be startup. followed by lower-case letters,"
                            + " digits, dots and dashes.");
        }
    }

    /**
     * This installation's id (a UUID), created on first use and stable across restarts; every node
     * sharing the database reports the same one.
     */
    public String installationId() {
        return database.inTransaction(
                h -> {
                    Optional<String> existing = setting(h, INSTALLATION_SETTING);
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                    h.createUpdate(
                                    "INSERT INTO engine_settings (name, setting_value) SELECT :name,"
                                            + " :value WHERE NOT EXISTS (SELECT 1 FROM"
                                            + " engine_settings WHERE name = :name)")
                            .bind("name", INSTALLATION_SETTING)
                            .bind("value", java.util.UUID.randomUUID().toString())
                            .execute();
                    return setting(h, INSTALLATION_SETTING).orElseThrow();
                });
    }

    /** The user behind the caller. */
    public User currentUser(Caller caller) {
        return database.withHandle(
                h ->
                        users.findById(h, caller.userId())
                                .orElseThrow(() -> NotFoundException.of("User", caller.userId())));
    }

    public User createUser(Caller caller, UserDetails details) {
        access.require(caller, "UserEdit", null);
        UserDetails valid = UserValidation.validate(details);
        Instant now = now();
        return database.inTransaction(
                h -> {
                    requireUniqueUsername(h, valid.username(), null);
                    User user =
                            users.insert(
                                    h,
                                    new User(
                                            Database.nextId(h, "Users"),
                                            valid.username(),
                                            valid.displayName(),
                                            valid.emailAddress(),
                                            valid.active(),
                                            valid.service(),
                                            now,
                                            now));
                    record(
                            h,
                            caller,
                            EventRequest.created(
                                    null,
                                    user.id(),
                                    "User " + user.username() + " was created",
                                    user));
                    return user;
                });
    }

    /** Updates names, e-mail and the active flag; whether the user is a service account stays. */
    public User updateUser(Caller caller, String id, UserDetails details) {
        access.require(caller, "UserEdit", null);
        UserDetails valid = UserValidation.validate(details);
        return database.inTransaction(
                h -> {
                    User current = find(h, id);
                    requireUniqueUsername(h, valid.username(), current.id());
                    User updated =
                            new User(
                                    current.id(),
                                    valid.username(),
                                    valid.displayName(),
                                    valid.emailAddress(),
                                    valid.active(),
                                    current.service(),
                                    current.created(),
                                    now());
                    users.update(h, updated);
                    record(
                            h,
                            caller,
                            EventRequest.modified(
                                    null,
                                    id,
                                    "User " + updated.username() + " was changed",
                                    current,
                                    updated));
                    return updated;
                });
    }

    /**
     * Deletes a user for good: their API keys (and the keys those keys created, as on revoking),
     * password, web sessions and team memberships go; events, deployments, tasks and interruptions
     * keep the id and name they stored. Refused for the caller's own account and for the last
     * active system administrator.
     *
     * @throws InvalidInputException when the caller deletes themselves
     * @throws ConflictException when the user is the last active system administrator
     */
    public void deleteUser(Caller caller, String idOrUsername) {
        access.require(caller, "UserEdit", null);
        database.useTransaction(
                h -> {
                    User user = find(h, idOrUsername);
                    if (user.id().equals(caller.userId())) {
                        throw new InvalidInputException(
                                "You cannot delete your own user account; ask another"
                                        + " administrator.");
                    }
                    if (user.active()
                            && SystemAdministrators.activeIds(h).equals(List.of(user.id()))) {
                        throw new ConflictException(
                                "User "
                                        + user.username()
                                        + " is the last active system administrator and cannot be"
                                        + " deleted; make another user an administrator first.");
                    }
                    Instant now = now();
                    for (ApiKey key : keys.listActive(h, user.id())) {
                        keys.revoke(h, key.id(), now);
                    }
                    h.createUpdate("DELETE FROM login_throttle WHERE username_key = :key")
                            .bind("key", user.username().toLowerCase(Locale.ROOT))
                            .execute();
                    users.delete(h, user.id());
                    record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    null,
                                    user.id(),
                                    "User " + user.username() + " was deleted",
                                    user));
                });
    }

    /** A user by id ({@code Users-N}) or username. */
    public User getUser(Caller caller, String idOrUsername) {
        if (!caller.userId().equals(idOrUsername)) {
            access.require(caller, "UserView", null);
        }
        return database.withHandle(h -> find(h, idOrUsername));
    }

    /**
     * Users whose username, display name or e-mail contains {@code filter} (ignoring case), all
     * when it is null or blank.
     */
    public List<User> listUsers(Caller caller, String filter) {
        access.require(caller, "UserView", null);
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return database.withHandle(users::list).stream()
                .filter(
                        u ->
                                needle.isEmpty()
                                        || contains(u.username(), needle)
                                        || contains(u.displayName(), needle)
                                        || contains(u.emailAddress(), needle))
                .toList();
    }

    /**
     * Creates an API key for the user; the key is in the result and nowhere else. A caller may
     * create keys for themselves; for others they need {@code UserEdit}. A key created by a caller
     * who authenticated with a key never outlives that key.
     *
     * @param expires null for a key that never expires (other than through its creator's key)
     */
    public CreatedApiKey createApiKey(
            Caller caller, String userId, String purpose, Instant expires) {
        requireSelfOr(caller, userId, "UserEdit");
        String cleanPurpose = purpose == null ? "" : purpose.strip();
        if (cleanPurpose.length() > 400 || cleanPurpose.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "The API key purpose must be at most 400 characters without control"
                            + " characters.");
        }
        if (expires != null && !expires.isAfter(clock.instant())) {
            throw new InvalidInputException("The API key expiry must be in the future.");
        }
        return database.inTransaction(
                h -> {
                    User user = find(h, userId);
                    Instant limit = expires;
                    if (caller.apiKeyId() != null) {
                        Instant creatorExpiry =
                                keys.findById(h, caller.apiKeyId())
                                        .map(ApiKey::expires)
                                        .orElse(null);
                        if (creatorExpiry != null
                                && (limit == null || creatorExpiry.isBefore(limit))) {
                            limit = creatorExpiry;
                        }
                    }
                    String secret = ApiKeyFormat.generate();
                    ApiKey key =
                            insertKey(h, user.id(), cleanPurpose, limit, secret, caller.apiKeyId());
                    record(
                            h,
                            caller,
                            EventRequest.of(
                                    null,
                                    EventCategory.ApiKeyCreated,
                                    "API key "
                                            + key.hint()
                                            + " was created for user "
                                            + user.username(),
                                    List.of(key.id(), user.id())));
                    return new CreatedApiKey(key, secret);
                });
    }

    /** The user's keys that are not revoked, newest first (expired ones included). */
    public List<ApiKey> listApiKeys(Caller caller, String userId) {
        requireSelfOr(caller, userId, "UserView");
        return database.withHandle(
                h -> {
                    find(h, userId);
                    return keys.listActive(h, userId);
                });
    }

    public ApiKey getApiKey(Caller caller, String userId, String keyId) {
        requireSelfOr(caller, userId, "UserView");
        return database.withHandle(h -> findKey(h, userId, keyId));
    }

    /** Revokes the key and every key created with it. */
    public void revokeApiKey(Caller caller, String userId, String keyId) {
        requireSelfOr(caller, userId, "UserEdit");
        database.useTransaction(
                h -> {
                    ApiKey key = findKey(h, userId, keyId);
                    keys.revoke(h, keyId, now());
                    record(
                            h,
                            caller,
                            EventRequest.of(
                                    null,
                                    EventCategory.ApiKeyRevoked,
                                    "API key " + key.hint() + " of user " + userId + " was revoked",
                                    List.of(keyId, userId)));
                });
    }

    private ApiKey findKey(Handle h, String userId, String keyId) {
        return keys.findById(h, keyId)
                .filter(k -> k.userId().equals(userId) && k.revoked() == null)
                .orElseThrow(() -> NotFoundException.of("API key", keyId));
    }

    private ApiKey insertKey(
            Handle h,
            String userId,
            String purpose,
            Instant expires,
            String secret,
            String createdBy) {
        ApiKey key =
                new ApiKey(
                        Database.nextId(h, "APIKeys"),
                        userId,
                        purpose,
                        ApiKeyFormat.hint(secret),
                        now(),
                        expires,
                        null);
        keys.insert(h, key, ApiKeyFormat.hash(secret), createdBy);
        return key;
    }

    private Optional<String> bootstrapAdminId(Handle h) {
        return setting(h, BOOTSTRAP_SETTING);
    }

    private static Optional<String> setting(Handle h, String name) {
        return h.createQuery("SELECT setting_value FROM engine_settings WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne();
    }

    private String createAdmin(Handle h) {
        Instant now = now();
        User admin =
                users.findByUsername(h, ADMIN_USERNAME)
                        .orElseGet(
                                () ->
                                        users.insert(
                                                h,
                                                new User(
                                                        Database.nextId(h, "Users"),
                                                        ADMIN_USERNAME,
                                                        "Administrator",
                                                        "",
                                                        true,
                                                        false,
                                                        now,
                                                        now)));
        // a record naming a deleted administrator goes; the primary key makes a concurrent
        // bootstrap on another node fail and retry cleanly
        h.createUpdate("DELETE FROM engine_settings WHERE name = :name")
                .bind("name", BOOTSTRAP_SETTING)
                .execute();
        h.createUpdate("INSERT INTO engine_settings (name, setting_value) VALUES (:name, :value)")
                .bind("name", BOOTSTRAP_SETTING)
                .bind("value", admin.id())
                .execute();
        return admin.id();
    }

    private void requireSelfOr(Caller caller, String userId, String permission) {
        if (!caller.userId().equals(userId)) {
            access.require(caller, permission, null);
        }
    }

    private void requireUniqueUsername(Handle h, String username, String exceptId) {
        users.findByUsername(h, username)
                .filter(u -> !u.id().equals(exceptId))
                .ifPresent(
                        u -> {
                            throw new ConflictException(
                                    "A user with the username '" + username + "' already exists.");
                        });
    }

    private User find(Handle h, String idOrUsername) {
        return users.findById(h, idOrUsername)
                .or(() -> users.findByUsername(h, idOrUsername))
                .orElseThrow(() -> NotFoundException.of("User", idOrUsername));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
