package io.jenkins.plugins.freight.engine.serverkey;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys the server keeps for itself in the database, so every node of a cluster and every restart
 * uses the same one: today the key that signs the web UI's session cookies. Each is 256 random bits
 * sealed with the data directory's key (as sensitive variables are), so a copy of the database
 * alone does not reveal it. The first node that needs a key creates it; nodes that start together
 * agree on one, because only the first insert of a name is kept and everyone reads back that row.
 * Thread-safe; a key is read once per process. No key reaches a log or a message.
 */
public final class ServerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ServerKeys.class);

    static final String WEB_SESSION = "WebSession";
    private static final int KEY_BYTES = 32;

    private final Database database;
    private final SecretCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    public ServerKeys(Database database, SecretCipher cipher, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * The key that signs web UI session cookies (32 bytes), created on first use. When the stored
     * key cannot be unsealed with this node's key file (nodes that do not share {@code secret.key},
     * or a database restored without it), this logs a warning, leaves the stored key alone for the
     * nodes that can read it and answers a key of this process's own: the web UI still works, but
     * its sign-ins hold on this node only and end when it stops.
     */
    public byte[] webSessionKey() {
        return keys.computeIfAbsent(WEB_SESSION, this::loadOrCreateOrOwn).clone();
    }

    private byte[] loadOrCreateOrOwn(String name) {
        try {
            return loadOrCreate(name);
        } catch (UnsealingFailed e) {
            LOG.warn(
                    "The shared {} key in the database cannot be decrypted with this node's key"
                            + " file ({}); web UI sign-ins on this node hold here only and end"
                            + " when it stops. Give every node the same secret.key.",
                    name,
                    e.getMessage());
            byte[] own = new byte[KEY_BYTES];
            random.nextBytes(own);
            return own;
        }
    }

    private byte[] loadOrCreate(String name) {
        String sealed =
                database.withHandle(h -> find(h, name))
                        .orElseGet(
                                () -> {
                                    byte[] fresh = new byte[KEY_BYTES];
                                    random.nextBytes(fresh);
                                    String candidate =
                                            cipher.encrypt(
                                                    Base64.getEncoder().encodeToString(fresh));
                                    return database.inTransaction(
                                            h -> {
                                                insertUnlessPresent(h, name, candidate);
                                                return find(h, name).orElseThrow();
                                            });
                                });
        byte[] key;
        try {
            key = Base64.getDecoder().decode(cipher.decrypt(sealed));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UnsealingFailed(e.getMessage(), e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The stored server key " + name + " is not 256 bits");
        }
        return key;
    }

    private void insertUnlessPresent(Handle h, String name, String sealed) {
        h.createUpdate(
                        "INSERT INTO server_keys (name, key_sealed, created_at) VALUES (:name,"
                                + " :sealed, :now) ON CONFLICT DO NOTHING")
                .bind("name", name)
                .bind("sealed", sealed)
                .bind("now", clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .execute();
    }

    private static Optional<String> find(Handle h, String name) {
        return h.createQuery("SELECT key_sealed FROM server_keys WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne();
    }

    /** A stored key this node's key file cannot open. */
    private static final class UnsealingFailed extends RuntimeException {
        UnsealingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Names no key. */
    @Override
    public String toString() {
        return "ServerKeys[" + cipher + "]";
    }
}
