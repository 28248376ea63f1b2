package io.jenkins.plugins.freight.plugin.config;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.credentials.ApiKeys;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A standalone Freight server or an Octopus Deploy server. */
public final class RemoteServer extends FreightServer {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final String credentialsId;
    private boolean useProxy = true;
    private String trustedCertificate;
    private boolean insecureTls;

    @DataBoundConstructor
    public RemoteServer(String serverId, String url, String credentialsId) {
        super(serverId);
        this.url = url == null ? null : url.strip();
        this.credentialsId = credentialsId;
    }

    public String getUrl() {
        return url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setSpace(String space) {
        setSpaceValue(space);
    }

    public boolean isUseProxy() {
        return useProxy;
    }

    @DataBoundSetter
    public void setUseProxy(boolean useProxy) {
        this.useProxy = useProxy;
    }

    public String getTrustedCertificate() {
        return trustedCertificate;
    }

    @DataBoundSetter
    public void setTrustedCertificate(String trustedCertificate) {
        this.trustedCertificate =
                trustedCertificate == null || trustedCertificate.isBlank()
                        ? null
                        : trustedCertificate.strip();
    }

    public boolean isInsecureTls() {
        return insecureTls;
    }

    @DataBoundSetter
    public void setInsecureTls(boolean insecureTls) {
        this.insecureTls = insecureTls;
    }

    @Override
    public ServerDefinition definition() {
        return new ServerDefinition.Remote(
                getServerId(),
                url,
                credentialsId,
                getSpace(),
                useProxy,
                trustedCertificate,
                insecureTls);
    }

    /** Form checks, the credential list and "Test connection"; JCasC symbol {@code remote}. */
    @Extension
    @Symbol("remote")
    public static final class DescriptorImpl extends Descriptor<FreightServer> {

        @Override
        public String getDisplayName() {
            return Messages.RemoteServer_DisplayName();
        }

        @POST
        public FormValidation doCheckServerId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return ServerIds.check(value).map(FormValidation::error).orElse(FormValidation.ok());
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Connections.checkUrl(value)
                    .map(FormValidation::error)
                    .orElse(FormValidation.ok());
        }

        @POST
        public FormValidation doCheckTrustedCertificate(
                @QueryParameter String value, @QueryParameter boolean insecureTls) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            if (value == null || value.isBlank()) {
                return insecureTls
                        ? FormValidation.warning(Messages.Servers_InsecureWarning())
                        : FormValidation.ok();
            }
            if (insecureTls) {
                return FormValidation.error(Messages.Servers_CertificateAndInsecure());
            }
            return Connections.checkCertificate(value)
                    .map(FormValidation::error)
                    .orElse(FormValidation.ok());
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @QueryParameter String url, @QueryParameter String credentialsId) {
            return ApiKeys.globalChoices(url, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(
                @QueryParameter String url, @QueryParameter String value) {
            return ApiKeys.checkGlobal(url, value);
        }

        /** Checks the URL, the API key and the space, and says which failed. */
        @POST
        public FormValidation doTestConnection(
                @QueryParameter String url,
                @QueryParameter String credentialsId,
                @QueryParameter String space,
                @QueryParameter boolean useProxy,
                @QueryParameter String trustedCertificate,
                @QueryParameter boolean insecureTls) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            var urlProblem = Connections.checkUrl(url);
            if (urlProblem.isPresent()) {
                return FormValidation.error(Messages.Connection_UrlFailed(urlProblem.get()));
            }
            RemoteServer server = new RemoteServer("test", url, credentialsId);
            server.setSpace(space);
            server.setUseProxy(useProxy);
            server.setTrustedCertificate(trustedCertificate);
            server.setInsecureTls(insecureTls);
            try {
                var settings =
                        ServerConnections.remote(
                                (ServerDefinition.Remote) server.definition(),
                                ApiKeys.forAdministrator(credentialsId, url),
                                null);
                ConnectionCheck.Outcome outcome = ConnectionCheck.run(settings);
                return outcome.ok()
                        ? FormValidation.ok(outcome.message())
                        : FormValidation.error(outcome.message());
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
