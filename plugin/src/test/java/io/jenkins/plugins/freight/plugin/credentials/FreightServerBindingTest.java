package io.jenkins.plugins.freight.plugin.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What {@code withCredentials([freightServer(serverId: 'embedded')])} hands shell steps. */
@Timeout(120)
class FreightServerBindingTest {

    private Path home;
    private EmbeddedHarness jenkins;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        jenkins = EmbeddedHarness.start(home, false);
    }

    @AfterEach
    void stop() throws Exception {
        jenkins.close();
        EmbeddedHarness.delete(home);
    }

    @Test
    void theEmbeddedServerBindsTheBuildsAccountsKeyNotTheAdministrators() throws Exception {
        String bound = FreightServerBinding.embeddedApiKey(jenkins.engine);

        assertThat(bound)
                .isEqualTo(jenkins.engine.buildsApiKey())
                .isNotEqualTo(jenkins.engine.pluginApiKey());
        Caller caller = jenkins.engine.engine().identity().authenticate(bound, null).orElseThrow();
        assertThat(caller.username()).isEqualTo("jenkins-builds");
    }
}
