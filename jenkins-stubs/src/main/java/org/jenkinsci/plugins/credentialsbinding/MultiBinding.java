package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;

/**
 * Binds credentials to environment variables for {@code withCredentials} (Credentials Binding
 * plugin).
 *
 * @since credentials-binding 1.0-beta-1
 */
@SuppressWarnings("deprecation")
public abstract class MultiBinding<C extends StandardCredentials>
        extends AbstractDescribableImpl<MultiBinding<C>> implements ExtensionPoint {

    protected MultiBinding(String credentialsId) {}

    protected abstract Class<C> type();

    public abstract MultiEnvironment bind(
            Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException;

    public Set<String> variables(Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * What {@link #bind} produced.
     *
     * @since credentials-binding 1.0-beta-1
     */
    public static final class MultiEnvironment implements Serializable {
        public MultiEnvironment(
                Map<String, String> secretValues, Map<String, String> publicValues) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
