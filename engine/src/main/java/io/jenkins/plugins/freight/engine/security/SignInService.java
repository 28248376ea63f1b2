package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Passwords and web sessions: Argon2id hashes, throttling of failed sign-ins per username and
 * client address (after {@value #FREE_FAILURES} failures each further one doubles the wait, up to
 * {@link #MAX_LOCK}), server-side sessions whose unsafe requests must carry the session's CSRF
 * token. Sign-ins and failures are audited; no password or token reaches a message or an event.
 */
public final class SignInService {

    static final int FREE_FAILURES = 5;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final String INVALID = "The username or password is not valid.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final UserRepository users = new JdbcUserRepository();

    public SignInService(Database database, AccessPolicy access, Clock clock, AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** Sets a user's password: their own, or anyone's with UserEdit. Service accounts have none. */
    public void setPassword(Caller caller, String userId, String password) {
        if (!caller.userId().equals(userId)) {
            access.require(caller, "UserEdit", null);
        }
        requireValidPassword(password);
        String hash = hasher.hash(password);
        database.useTransaction(
                h -> {
                    User user =
                            users.findById(h, userId)
                                    .orElseThrow(
                                            () ->
                                                    io.jenkins.plugins.freight.engine.error
                                                            .NotFoundException.of("User", userId));
                    if (user.service()) {
                        throw new ConflictException(
                                "Service accounts have no password; they sign in with API keys.");
                    }
                    h.createUpdate("DELETE FROM user_passwords WHERE user_id = :id")
                            .bind("id", userId)
                            .execute();
                    h.createUpdate(
                                    "INSERT INTO user_passwords (user_id, password_hash, changed_at)"
                                            + " VALUES (:id, :hash, :now)")
                            .bind("id", userId)
                            .bind("hash", hash)
                            .bind("now", now())
                            .execute();
                    audit.record(
                            h,
                            caller,
                            EventRequest.of(
                                    null,
                                    EventCategory.Modified,
                                    "The password of user " + user.username() + " was changed",
                                    List.of(userId)));
                });
    }

    /**
     * Whether the user has a password (users made for a host such as Jenkins, and service accounts,
     * have none).
     */
    public boolean hasPassword(String userId) {
        return database.withHandle(h -> passwordHash(h, userId)).isPresent();
    }

    /**
     * The signed-in caller changes their own password, proving the current one first (a session
     * left open must not be enough to lock its owner out); wrong answers count towards the same
     * throttling as failed sign-ins. A user without a password sets a first one.
     *
     * @throws InvalidInputException when the current password is wrong or the caller is locked out
     */
    public void changeOwnPassword(
            Caller caller, String currentPassword, String newPassword, String ipAddress) {
        User user =
                database.withHandle(h -> users.findById(h, caller.userId()))
                        .orElseThrow(
                                () ->
                                        io.jenkins.plugins.freight.engine.error.NotFoundException
                                                .of("User", caller.userId()));
        Optional<String> hash = database.withHandle(h -> passwordHash(h, user.id()));
        if (hash.isPresent()) {
            String key = user.username().toLowerCase(Locale.ROOT);
            String ip = ipAddress == null ? "" : ipAddress;
            Instant now = now();
            Optional<Instant> locked = lockedUntil(key, ip);
            if (locked.isPresent() && locked.get().isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, locked.get()).toSeconds());
                throw new InvalidInputException(
                        "Too many wrong passwords; try again in " + seconds + " seconds.");
            }
            if (!hasher.matches(currentPassword == null ? "" : currentPassword, hash.get())) {
                failed(key, ip, user.username(), now);
                throw new InvalidInputException(
                        "The current password is wrong; nothing was changed.");
            }
        }
        setPassword(caller, user.id(), newPassword);
    }

    private static Optional<String> passwordHash(Handle h, String userId) {
        return h.createQuery("SELECT password_hash FROM user_passwords WHERE user_id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne();
    }

    /**
     * Refuses a password {@link #setPassword} would refuse, so an edge can check it before it
     * creates the user the password is for.
     */
    public static void requireValidPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 1024) {
            throw new InvalidInputException(
                    "The password is not valid.",
                    List.of("A password must be 8 to 1024 characters long."));
        }
    }

    /**
     * Opens a session for the user with this username and password.
     *
     * @throws InvalidInputException for wrong credentials (never saying which part was wrong) or
     *     while the username and address are locked out by earlier failures
     */
    public SignedIn signIn(String username, String password, String ipAddress) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String ip = ipAddress == null ? "" : ipAddress;
        Instant now = now();
        Optional<Instant> locked = lockedUntil(key, ip);
        if (locked.isPresent() && locked.get().isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, locked.get()).toSeconds());
            throw new InvalidInputException(
                    "Too many failed sign-in attempts; try again in " + seconds + " seconds.");
        }
        Optional<User> user = database.withHandle(h -> users.findByUsername(h, key));
        Optional<String> hash =
                user.flatMap(
                        u ->
                                database.withHandle(
                                        h ->
                                                h.createQuery(
                                                                "SELECT password_hash FROM"
                                                                        + " user_passwords WHERE"
                                                                        + " user_id = :id")
                                                        .bind("id", u.id())
                                                        .mapTo(String.class)
                                                        .findOne()));
        boolean ok;
        if (hash.isPresent()) {
            ok = hasher.matches(password == null ? "" : password, hash.get());
        } else {
            hasher.burn(password == null ? "" : password);
            ok = false;
        }
        if (!ok || !user.get().active() || user.get().service()) {
            failed(key, ip, username, now);
            throw new InvalidInputException(INVALID);
        }
        return open(user.get(), ip, now, "");
    }

    /**
     * Opens a session for a caller the edge has already authenticated with an API key (see {@link
     * IdentityService#authenticate}): the web UI mounted in a host such as Jenkins, which passes
     * its signed-in user's key in the {@code X-Octopus-ApiKey} header. Audited like a password
     * sign-in; the key itself is neither stored with the session nor written anywhere.
     *
     * @return empty when the caller did not come with an API key, or the user is unknown, inactive
     *     or a service account (those have no web sessions)
     */
    public Optional<SignedIn> openSession(Caller caller) {
        if (caller.via() != Caller.Via.API_KEY || caller.apiKeyId() == null) {
            return Optional.empty();
        }
        String ip = caller.ipAddress() == null ? "" : caller.ipAddress();
        return database.withHandle(h -> users.findById(h, caller.userId()))
                .filter(u -> u.active() && !u.service())
                .map(u -> open(u, ip, now(), " with an API key"));
    }

    /**
     * The caller a session token identifies. Unsafe requests (anything but GET, HEAD, OPTIONS) must
     * carry the session's CSRF token.
     *
     * @throws ForbiddenException when an unsafe request's CSRF token is missing or wrong
     */
    public Optional<Caller> authenticate(
            String sessionToken, String csrfToken, boolean unsafe, String ipAddress) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        Instant now = now();
        record Row(String userId, String csrfHash, Instant expires) {}
        Optional<Row> row =
                database.withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT user_id, csrf_hash, expires_at FROM"
                                                        + " user_sessions WHERE token_hash = :hash")
                                        .bind("hash", sha256(sessionToken))
                                        .map(
                                                (rs, ctx) ->
                                                        new Row(
                                                                rs.getString(1),
                                                                rs.getString(2),
                                                                JdbcUserRepository.instant(
                                                                        rs, "expires_at")))
                                        .findOne());
        if (row.isEmpty() || !row.get().expires().isAfter(now)) {
            return Optional.empty();
        }
        if (unsafe
                && (csrfToken == null
                        || !MessageDigest.isEqual(
                                sha256(csrfToken).getBytes(), row.get().csrfHash().getBytes()))) {
            throw new ForbiddenException("The request is missing the session's CSRF token.");
        }
        return database.withHandle(h -> users.findById(h, row.get().userId()))
                .filter(User::active)
                .map(u -> new Caller(u.id(), u.username(), Caller.Via.SESSION, ipAddress));
    }

    /** Ends the session and records the sign-out; unknown tokens are ignored. */
    public void signOut(String sessionToken, String ipAddress) {
        if (sessionToken == null) {
            return;
        }
        database.useTransaction(
                h -> {
                    Optional<String> userId =
                            h.createQuery(
                                            "SELECT user_id FROM user_sessions WHERE token_hash ="
                                                    + " :hash")
                                    .bind("hash", sha256(sessionToken))
                                    .mapTo(String.class)
                                    .findOne();
                    h.createUpdate("DELETE FROM user_sessions WHERE token_hash = :hash")
                            .bind("hash", sha256(sessionToken))
                            .execute();
                    Optional<User> user = userId.flatMap(id -> users.findById(h, id));
                    if (user.isPresent()) {
                        User u = user.get();
                        audit.record(
                                h,
                                new Caller(u.id(), u.username(), Caller.Via.SESSION, ipAddress),
                                EventRequest.of(
                                        null,
                                        EventCategory.Logout,
                                        "User " + u.username() + " signed out",
                                        List.of(u.id())));
                    }
                });
    }

    private SignedIn open(User user, String ip, Instant now, String how) {
        String token = token();
        String csrf = token();
        Instant expires = now.plus(SESSION_LIFETIME);
        return database.inTransaction(
                h -> {
                    String id = Database.nextId(h, "Sessions");
                    h.createUpdate(
                                    "INSERT INTO user_sessions (id, token_hash, csrf_hash, user_id,"
                                            + " ip_address, created_at, expires_at, last_seen_at)"
                                            + " VALUES (:id, :token, :csrf, :user, :ip, :now,"
                                            + " :expires, :now)")
                            .bind("id", id)
                            .bind("token", sha256(token))
                            .bind("csrf", sha256(csrf))
                            .bind("user", user.id())
                            .bind("ip", ip)
                            .bind("now", now)
                            .bind("expires", expires)
                            .execute();
                    h.createUpdate(
                                    "DELETE FROM login_throttle WHERE username_key = :key AND"
                                            + " ip_address = :ip")
                            .bind("key", user.username().toLowerCase(Locale.ROOT))
                            .bind("ip", ip)
                            .execute();
                    Caller caller = new Caller(user.id(), user.username(), Caller.Via.SESSION, ip);
                    audit.record(
                            h,
                            caller,
                            EventRequest.of(
                                    null,
                                    EventCategory.Login,
                                    "User " + user.username() + " signed in" + how,
                                    List.of(user.id())));
                    return new SignedIn(user, id, token, csrf, expires);
                });
    }

    private void failed(String key, String ip, String attempted, Instant now) {
        database.useTransaction(
                h -> {
                    int failures =
                            h.createQuery(
                                                    "SELECT failures FROM login_throttle WHERE"
                                                            + " username_key = :key AND ip_address"
                                                            + " = :ip")
                                            .bind("key", key)
                                            .bind("ip", ip)
                                            .mapTo(Integer.class)
                                            .findOne()
                                            .orElse(0)
                                    + 1;
                    Instant lockedUntil =
                            failures > FREE_FAILURES ? now.plus(lock(failures)) : null;
                    h.createUpdate(
                                    "DELETE FROM login_throttle WHERE username_key = :key AND"
                                            + " ip_address = :ip")
                            .bind("key", key)
                            .bind("ip", ip)
                            .execute();
                    h.createUpdate(
                                    "INSERT INTO login_throttle (username_key, ip_address,"
                                            + " failures, locked_until, last_failure) VALUES (:key,"
                                            + " :ip, :failures, :locked, :now)")
                            .bind("key", key)
                            .bind("ip", ip)
                            .bind("failures", failures)
                            .bind("locked", lockedUntil)
                            .bind("now", now)
                            .execute();
                    String shown = attempted == null ? "" : attempted.strip();
                    shown = shown.length() > 100 ? shown.substring(0, 100) : shown;
                    audit.record(
                            h,
                            new Caller(
                                    "anonymous",
                                    shown.isEmpty() ? "anonymous" : shown,
                                    Caller.Via.SESSION,
                                    ip),
                            EventRequest.of(
                                    null,
                                    EventCategory.LoginFailed,
                                    "A sign-in as " + shown + " failed",
                                    List.of()));
                });
    }

    /** 1 s after the first failure past the free ones, doubling each time, at most MAX_LOCK. */
    static Duration lock(int failures) {
        int exponent = Math.min(30, failures - FREE_FAILURES - 1);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : wait;
    }

    private Optional<Instant> lockedUntil(String key, String ip) {
        return database.withHandle(
                h ->
                        h.createQuery(
                                        "SELECT locked_until FROM login_throttle WHERE username_key"
                                                + " = :key AND ip_address = :ip")
                                .bind("key", key)
                                .bind("ip", ip)
                                .map(
                                        (rs, ctx) ->
                                                Optional.ofNullable(
                                                        JdbcUserRepository.instant(
                                                                rs, "locked_until")))
                                .findOne()
                                .flatMap(o -> o));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            value.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
