package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Descriptor;

/**
 * Descriptor of bindings.
 *
 * @since credentials-binding 1.0-beta-1
 */
public abstract class BindingDescriptor<C extends StandardCredentials>
        extends Descriptor<MultiBinding<C>> {

    public BindingDescriptor() {}

    protected abstract Class<C> type();

    public boolean requiresWorkspace() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
