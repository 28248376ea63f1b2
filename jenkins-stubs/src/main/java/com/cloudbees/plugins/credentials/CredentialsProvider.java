package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Where credentials come from, and the static lookups every consumer uses.
 *
 * @since credentials 1.0
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider> {

    private CredentialsProvider() {}

    /**
     * @since credentials 1.16
     */
    public static final Permission USE_ITEM = null;

    /**
     * @since credentials 1305.v04f5ec1f3743
     */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(
            Class<C> type,
            ItemGroup itemGroup,
            Authentication authentication,
            List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since credentials 1305.v04f5ec1f3743
     */
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(
            Class<C> type,
            Item item,
            Authentication authentication,
            List<DomainRequirement> domainRequirements,
            CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since credentials 1305.v04f5ec1f3743
     */
    @SuppressWarnings("rawtypes")
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(
            Class<C> type,
            ItemGroup itemGroup,
            Authentication authentication,
            List<DomainRequirement> domainRequirements,
            CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <C extends IdCredentials> C findCredentialById(
            String id, Class<C> type, Run<?, ?> run, List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since credentials 2.1.1
     */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> C track(Run build, C credentials) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
