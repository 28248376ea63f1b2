package io.jenkins.plugins.freight.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.RemoteServer;
import org.junit.jupiter.api.Test;

/** The global configuration reads from and exports to JCasC ({@code unclassified: freight:}). */
@WithJenkinsConfiguredWithCode
class JcascRoundTripTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void configurationAsCodeSetsAndExportsTheServers(JenkinsConfiguredWithCodeRule r)
            throws Exception {
        FreightGlobalConfiguration config = FreightGlobalConfiguration.get();
        assertThat(config.getDefaultServerId()).isEqualTo("prod");
        assertThat(config.getServers()).hasSize(2);
        RemoteServer prod = (RemoteServer) config.getServers().get(1);
        assertThat(prod.getUrl()).isEqualTo("https://deploy.example.com");
        assertThat(prod.getCredentialsId()).isEqualTo("prod-api-key");
        assertThat(prod.getSpace()).isEqualTo("Default");

        ConfiguratorRegistry registry = ConfiguratorRegistry.get();
        ConfigurationContext context = new ConfigurationContext(registry);
        CNode exported =
                registry.lookupOrFail(FreightGlobalConfiguration.class).describe(config, context);
        assertThat(exported.toString()).contains("prod-api-key").contains("deploy.example.com");
    }
}
