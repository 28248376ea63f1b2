package io.jenkins.plugins.freight.plugin.config;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.freight.plugin.Messages;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The deployment engine inside Jenkins (data under {@code $JENKINS_HOME/freight}, UI and API at
 * {@code /freight/}).
 */
public final class EmbeddedServer extends FreightServer {

    private static final long serialVersionUID = 1L;

    @DataBoundConstructor
    public EmbeddedServer(String serverId) {
        super(serverId);
    }

    @DataBoundSetter
    public void setSpace(String space) {
        setSpaceValue(space);
    }

    @Override
    public ServerDefinition definition() {
        return new ServerDefinition.Embedded(getServerId(), getSpace());
    }

    /** Form and JCasC metadata ({@code embedded}). */
    @Extension
    @Symbol("embedded")
    public static final class DescriptorImpl extends Descriptor<FreightServer> {

        @Override
        public String getDisplayName() {
            return Messages.EmbeddedServer_DisplayName();
        }

        @POST
        public FormValidation doCheckServerId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return ServerIds.check(value).map(FormValidation::error).orElse(FormValidation.ok());
        }
    }
}
