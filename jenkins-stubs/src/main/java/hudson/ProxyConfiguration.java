package hudson;

import hudson.model.Describable;
import hudson.model.Saveable;
import hudson.util.Secret;
import java.io.IOException;
import java.io.Serializable;
import java.net.Proxy;

/**
 * The HTTP proxy configured in Manage Jenkins.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public final class ProxyConfiguration
        implements Describable<ProxyConfiguration>, Saveable, Serializable {

    private ProxyConfiguration() {}

    public String getUserName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Proxy createProxy(String host) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
