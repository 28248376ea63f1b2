package io.jenkins.plugins.freight.plugin;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.freight.plugin.config.EmbeddedServer;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.RemoteServer;
import org.junit.jupiter.api.Test;

/**
 * The global configuration reads from and exports to JCasC ({@code unclassified: freight:}): the
 * YAML of docs/jenkins.md sets every field, and the export gives the same values back. (Official
 * toolchain only: see docs/jenkins.md. Written against the API of configuration-as-code's test
 * harness 2117.vc05a_0b_e6b_f4e, the version bom-2.555.x 6904.v75208ee5a_206 pins: {@code
 * @WithJenkinsConfiguredWithCode}, a {@code JenkinsConfiguredWithCodeRule} parameter, {@code
 * Util.getUnclassifiedRoot} and {@code toYamlString}.)
 */
@WithJenkinsConfiguredWithCode
class JcascRoundTripTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void configurationAsCodeSetsAndExportsTheServers(JenkinsConfiguredWithCodeRule r)
            throws Exception {
        FreightGlobalConfiguration config = FreightGlobalConfiguration.get();
        assertThat(config.getDefaultServerId()).isEqualTo("prod");
        assertThat(config.getServers()).hasSize(2);
        assertThat(config.getServers().get(0)).isInstanceOf(EmbeddedServer.class);
        assertThat(config.getServers().get(0).getServerId()).isEqualTo("embedded");
        RemoteServer prod = (RemoteServer) config.getServers().get(1);
        assertThat(prod.getServerId()).isEqualTo("prod");
        assertThat(prod.getUrl()).isEqualTo("https://deploy.example.com");
        assertThat(prod.getCredentialsId()).isEqualTo("prod-api-key");
        assertThat(prod.getSpace()).isEqualTo("Default");
        assertThat(prod.isUseProxy()).isFalse();
        assertThat(prod.isInsecureTls()).isFalse();

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        String exported = toYamlString(getUnclassifiedRoot(context).get("freight"));

        assertThat(exported)
                .contains("defaultServerId: \"prod\"")
                .contains("- embedded:")
                .contains("serverId: \"embedded\"")
                .contains("- remote:")
                .contains("serverId: \"prod\"")
                .contains("url: \"https://deploy.example.com\"")
                .contains("credentialsId: \"prod-api-key\"")
                .contains("space: \"Default\"")
                .contains("useProxy: false");
    }
}
