package io.jenkins.plugins.freight.engine.serverkey;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.SignedIn;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web session key is one per database, sealed, and the same on every node and after a restart,
 * on H2 and PostgreSQL.
 */
class ServerKeysTest {

    @TempDir Path dataDir;
    @TempDir Path otherDataDir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nodesThatStartTogetherAgreeOnOneSealedKey(DatabaseKind kind) throws Exception {
        DatabaseSettings database = kind.newSettings();
        try (Engine a = node(database, "node-a");
                Engine b = node(database, "node-b")) {
            // four threads, two per node, ask for the key at once, before it exists
            List<ServerKeys> askers = List.of(a.serverKeys(), b.serverKeys());
            CyclicBarrier start = new CyclicBarrier(4);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<byte[]>> keys = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    ServerKeys freshView =
                            new ServerKeys(
                                    (i % 2 == 0 ? a : b).database(),
                                    SecretCipher.inDataDir(dataDir),
                                    Clock.systemUTC());
                    keys.add(
                            threads.submit(
                                    () -> {
                                        start.await(10, TimeUnit.SECONDS);
                                        return freshView.webSessionKey();
                                    }));
                }
                byte[] first = keys.get(0).get(30, TimeUnit.SECONDS);
                assertThat(first).hasSize(32);
                for (Future<byte[]> key : keys) {
                    assertThat(key.get(30, TimeUnit.SECONDS)).isEqualTo(first);
                }
                for (ServerKeys node : askers) {
                    assertThat(node.webSessionKey()).isEqualTo(first);
                }

                List<String> stored =
                        a.database()
                                .withHandle(
                                        h ->
                                                h.createQuery(
                                                                "SELECT key_sealed FROM"
                                                                        + " server_keys")
                                                        .mapTo(String.class)
                                                        .list());
                assertThat(stored).hasSize(1);
                assertThat(stored.get(0))
                        .startsWith("v1:")
                        .doesNotContain(Base64.getEncoder().encodeToString(first));
                assertThat(a.serverKeys().toString())
                        .doesNotContain(Base64.getEncoder().encodeToString(first));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSessionOpenedOnOneNodeIsAcceptedOnTheOther(DatabaseKind kind) {
        DatabaseSettings database = kind.newSettings();
        try (Engine a = node(database, "node-a");
                Engine b = node(database, "node-b")) {
            Caller ann = SecurityTesting.user(a, "ann");
            a.security().signIn().setPassword(ann, ann.userId(), "ann's long password");

            SignedIn session = a.security().signIn().signIn("ann", "ann's long password", null);

            assertThat(
                            b.security()
                                    .signIn()
                                    .authenticate(
                                            session.sessionToken(),
                                            session.csrfToken(),
                                            true,
                                            null))
                    .get()
                    .extracting(Caller::userId)
                    .isEqualTo(ann.userId());
            b.security().signIn().signOut(session.sessionToken(), null);
            assertThat(
                            a.security()
                                    .signIn()
                                    .authenticate(session.sessionToken(), null, false, null))
                    .isEmpty();
        }
    }

    @Test
    void aRestartedEngineKeepsItsKey() {
        byte[] before;
        try (Engine engine = Engine.open(EngineSettings.defaults(dataDir))) {
            before = engine.serverKeys().webSessionKey();
        }
        try (Engine restarted = Engine.open(EngineSettings.defaults(dataDir))) {
            assertThat(restarted.serverKeys().webSessionKey()).isEqualTo(before);
        }
    }

    @Test
    void aNodeWithoutTheSharedKeyFileKeepsItsSignInsToItselfAndLeavesTheStoredKeyAlone() {
        DatabaseSettings database = DatabaseKind.H2.newSettings();
        try (Engine a = node(database, "node-a");
                Engine stranger =
                        Engine.open(
                                EngineSettings.defaults(otherDataDir)
                                        .withDatabase(database)
                                        .withNodeName("stranger"))) {
            byte[] shared = a.serverKeys().webSessionKey();
            String stored = storedKey(a);

            byte[] own = stranger.serverKeys().webSessionKey();

            assertThat(own).hasSize(32).isNotEqualTo(shared);
            assertThat(stranger.serverKeys().webSessionKey()).isEqualTo(own);
            assertThat(storedKey(a)).isEqualTo(stored);
            assertThat(a.serverKeys().webSessionKey()).isEqualTo(shared);
        }
    }

    private static String storedKey(Engine engine) {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery("SELECT key_sealed FROM server_keys")
                                        .mapTo(String.class)
                                        .one());
    }

    private Engine node(DatabaseSettings database, String name) {
        return Engine.open(
                EngineSettings.defaults(dataDir).withDatabase(database).withNodeName(name));
    }
}
