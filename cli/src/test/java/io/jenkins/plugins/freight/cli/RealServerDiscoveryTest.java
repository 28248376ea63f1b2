package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.cli.server.HostSettings;
import io.jenkins.plugins.freight.cli.server.StandaloneServer;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.discovery.RootDocument;
import io.jenkins.plugins.freight.engine.EngineSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real Freight server on loopback (no mocks of our own system). */
class RealServerDiscoveryTest {

    private static final String ADMIN_KEY = "API-CLIENTREALSERVERTEST0000001";

    @TempDir static Path dataDir;
    private static StandaloneServer server;

    @BeforeAll
    static void start() throws Exception {
        server =
                StandaloneServer.start(
                        EngineSettings.defaults(dataDir),
                        new HostSettings("127.0.0.1", 0, "/", null, Duration.ofSeconds(1)),
                        ADMIN_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void theClientAcceptsTheFreightRootDocumentAndSeesTheFollowExtension() {
        try (FreightClient client =
                FreightClient.create(ConnectionSettings.of(url() + "/api/", ADMIN_KEY))) {
            RootDocument root = client.root();
            assertThat(root.apiVersion()).startsWith("3.");
            assertThat(root.offersTaskFollowing()).isTrue();
            assertThat(root.links().get(RootDocument.TASK_FOLLOW_LINK)).contains("{id}");
        }
    }
}
