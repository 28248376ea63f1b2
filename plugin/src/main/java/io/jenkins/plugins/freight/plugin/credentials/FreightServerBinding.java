package io.jenkins.plugins.freight.plugin.credentials;

import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.ServerDefinition;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedEngine;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle;
import io.jenkins.plugins.freight.plugin.freestyle.StepForms;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withCredentials([freightServer(serverId: 'prod', urlVariable: 'FREIGHT_URL',
 * apiKeyVariable: 'FREIGHT_API_KEY')])}: exposes a registered server's URL and API key to shell
 * steps (the key masked in the log), so they can run {@code freight.jar} or other Octopus tools.
 */
public final class FreightServerBinding extends MultiBinding<StringCredentials> {

    private final String serverId;
    private String urlVariable = "FREIGHT_URL";
    private String apiKeyVariable = "FREIGHT_API_KEY";

    @DataBoundConstructor
    public FreightServerBinding(String serverId) {
        super(null);
        this.serverId = serverId;
    }

    public String getServerId() {
        return serverId;
    }

    public String getUrlVariable() {
        return urlVariable;
    }

    @DataBoundSetter
    public void setUrlVariable(String urlVariable) {
        this.urlVariable =
                urlVariable == null || urlVariable.isBlank() ? "FREIGHT_URL" : urlVariable.strip();
    }

    public String getApiKeyVariable() {
        return apiKeyVariable;
    }

    @DataBoundSetter
    public void setApiKeyVariable(String apiKeyVariable) {
        this.apiKeyVariable =
                apiKeyVariable == null || apiKeyVariable.isBlank()
                        ? "FREIGHT_API_KEY"
                        : apiKeyVariable.strip();
    }

    @Override
    protected Class<StringCredentials> type() {
        return StringCredentials.class;
    }

    @Override
    public MultiEnvironment bind(
            Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        ServerDefinition server;
        try {
            server = FreightGlobalConfiguration.get().registry().resolve(serverId);
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException(e.getMessage());
        }
        if (server instanceof ServerDefinition.Remote remote) {
            String key = ApiKeys.forRun(build, remote.credentialsId(), remote.url());
            return new MultiEnvironment(
                    Map.of(apiKeyVariable, key), Map.of(urlVariable, remote.url()));
        }
        EmbeddedEngine engine = EmbeddedLifecycle.running();
        String root = Jenkins.get().getRootUrl();
        if (engine == null) {
            throw new hudson.AbortException(Messages.Servers_EmbeddedNotRunning());
        }
        if (root == null) {
            throw new hudson.AbortException(Messages.Servers_NoRootUrl());
        }
        return new MultiEnvironment(
                Map.of(apiKeyVariable, embeddedApiKey(engine)),
                Map.of(urlVariable, EmbeddedLifecycle.baseUrl(root)));
    }

    /**
     * The key shell steps get for the embedded server: the Jenkins builds service account's, so a
     * job's script acts with that team's (scoped) roles, never as the plugin's administrator.
     */
    static String embeddedApiKey(EmbeddedEngine engine) throws hudson.AbortException {
        try {
            return engine.buildsApiKey();
        } catch (IllegalStateException e) {
            throw new hudson.AbortException(e.getMessage());
        }
    }

    @Override
    public Set<String> variables(Run<?, ?> build) {
        return Set.of(apiKeyVariable);
    }

    /** Symbol {@code freightServer}. */
    @Extension
    @Symbol("freightServer")
    public static final class DescriptorImpl extends BindingDescriptor<StringCredentials> {

        @Override
        protected Class<StringCredentials> type() {
            return StringCredentials.class;
        }

        @Override
        public String getDisplayName() {
            return Messages.ServerBinding_DisplayName();
        }

        @Override
        public boolean requiresWorkspace() {
            return false;
        }

        @POST
        public ListBoxModel doFillServerIdItems(@AncestorInPath Item item) {
            return StepForms.serverIds(item);
        }
    }
}
