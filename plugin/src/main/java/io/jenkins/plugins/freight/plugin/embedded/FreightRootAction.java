package io.jenkins.plugins.freight.plugin.embedded;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import hudson.security.ACL;
import io.jenkins.plugins.freight.plugin.Messages;
import jakarta.servlet.ServletException;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.springframework.security.core.Authentication;

/**
 * Serves the embedded engine's REST API at {@code <jenkins>/freight/}. Unprotected so that Octopus
 * tools with a Freight API key (and no Jenkins session) reach it; access is decided per request by
 * {@link EmbeddedAccess}.
 */
@Extension
public final class FreightRootAction implements UnprotectedRootAction {

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.RootAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return EmbeddedLifecycle.URL_NAME;
    }

    /** Everything below {@code /freight/}. */
    public void doDynamic(StaplerRequest2 req, StaplerResponse2 rsp)
            throws IOException, ServletException {
        EmbeddedEngine engine = EmbeddedLifecycle.running();
        if (engine == null) {
            rsp.sendError(503, Messages.Servers_EmbeddedNotRunning());
            return;
        }
        new EmbeddedDispatcher(engine.servlet(), engine.users(), "/" + EmbeddedLifecycle.URL_NAME)
                .dispatch(req, rsp, identity());
    }

    private static JenkinsIdentity identity() {
        Jenkins jenkins = Jenkins.get();
        Authentication auth = Jenkins.getAuthentication2();
        boolean canRead = jenkins.hasPermission(Jenkins.READ);
        if (auth == null || ACL.isAnonymous2(auth)) {
            return JenkinsIdentity.anonymous(canRead);
        }
        return new JenkinsIdentity(
                auth.getName(), auth.getName(), jenkins.hasPermission(Jenkins.ADMINISTER), canRead);
    }
}
