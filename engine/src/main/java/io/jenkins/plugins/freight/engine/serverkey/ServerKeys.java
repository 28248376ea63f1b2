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

/**
 * Keys the server keeps for itself in the database, so every node of a cluster and every restart
 * uses the same one: today the key that signs the web UI's session cookies. Each is 256 random bits
 * sealed with the data directory's key (as sensitive variables are), so a copy of the database
 * alone does not reveal it. The first node that needs a key creates it; nodes that start together
 * agree on one, because only the first insert of a name is kept and everyone reads back that row.
 * Thread-safe; a key is read once per process.
 */
public final class ServerKeys {

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
     * The key that signs web UI session cookies (32 bytes), created on first use.
     *
     * @throws IllegalStateException when the stored key cannot be unsealed with this node's key
     *     file (the nodes do not share {@code secret.key})
     */
    public byte[] webSessionKey() {
        return keys.computeIfAbsent(WEB_SESSION, this::loadOrCreate).clone();
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
        byte[] key = Base64.getDecoder().decode(cipher.decrypt(sealed));
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

    /** Names no key. */
    @Override
    public String toString() {
        return "ServerKeys[" + cipher + "]";
    }
}
