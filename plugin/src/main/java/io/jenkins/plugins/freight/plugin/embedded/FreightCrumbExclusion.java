package io.jenkins.plugins.freight.plugin.embedded;

import hudson.Extension;
import hudson.security.csrf.CrumbExclusion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * POSTs to the embedded engine's REST API that carry a Freight API key need no Jenkins crumb: the
 * key is not something a browser sends on its own, so cross-site requests cannot use it. Requests
 * that rely on the Jenkins session still need the crumb.
 */
@Extension
public final class FreightCrumbExclusion extends CrumbExclusion {

    @Override
    public boolean process(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getPathInfo();
        if (path != null
                && path.startsWith("/" + EmbeddedLifecycle.URL_NAME + "/api")
                && EmbeddedAccess.carriesApiKey(
                        req.getHeader(EmbeddedDispatcher.API_KEY_HEADER),
                        req.getQueryString(),
                        req.getHeader("Authorization"))) {
            chain.doFilter(req, resp);
            return true;
        }
        return false;
    }
}
