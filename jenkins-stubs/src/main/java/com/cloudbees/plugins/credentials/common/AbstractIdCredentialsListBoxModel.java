package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * A drop-down list of credentials. As data: the empty value and the current value are added as
 * options; lookups throw.
 *
 * @since credentials 1.6
 */
public abstract class AbstractIdCredentialsListBoxModel<
                T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
        extends ListBoxModel {

    public AbstractIdCredentialsListBoxModel() {}

    protected abstract String describe(C c);

    /**
     * @since credentials 2.1.0
     */
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        if (stream().noneMatch(o -> o.value.isEmpty())) {
            add(0, new Option("- none -", ""));
        }
        return this;
    }

    /**
     * @since credentials 2.1.0
     */
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        if (value != null && !value.isEmpty() && stream().noneMatch(o -> value.equals(o.value))) {
            add(new Option("- current -", value));
        }
        return this;
    }

    /**
     * @since credentials 2.1.0
     */
    @SuppressWarnings("rawtypes")
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            Authentication authentication,
            ItemGroup context,
            Class<? extends C> type,
            List<DomainRequirement> domainRequirements,
            CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since credentials 2.1.0
     */
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            Authentication authentication,
            Item context,
            Class<? extends C> type,
            List<DomainRequirement> domainRequirements,
            CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
