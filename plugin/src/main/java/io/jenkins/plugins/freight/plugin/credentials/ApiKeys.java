package io.jenkins.plugins.freight.plugin.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * API keys kept as Secret Text credentials: looked up as the build (and tracked), or for an
 * administrator's "Test connection"; listed and checked in forms following the Credentials plugin's
 * consumer guide (permission gates, empty value, current value).
 */
public final class ApiKeys {

    private ApiKeys() {}

    /** The key for a build; the credential's use is recorded on the build. */
    public static String forRun(Run<?, ?> run, String credentialsId, String url)
            throws AbortException {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new AbortException(Messages.Credentials_Required());
        }
        StringCredentials credential =
                CredentialsProvider.findCredentialById(
                        credentialsId, StringCredentials.class, run, requirements(url));
        if (credential == null) {
            throw new AbortException(Messages.Credentials_NotFound(credentialsId));
        }
        CredentialsProvider.track(run, credential);
        return credential.getSecret().getPlainText();
    }

    /** The key for "Test connection"; the caller has checked Overall/Administer. */
    public static String forAdministrator(String credentialsId, String url) {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new IllegalArgumentException(Messages.Credentials_Required());
        }
        StringCredentials credential =
                CredentialsMatchers.firstOrNull(
                        CredentialsProvider.lookupCredentialsInItemGroup(
                                StringCredentials.class,
                                Jenkins.get(),
                                ACL.SYSTEM2,
                                requirements(url)),
                        CredentialsMatchers.withId(credentialsId));
        if (credential == null) {
            throw new IllegalArgumentException(Messages.Credentials_NotFound(credentialsId));
        }
        return credential.getSecret().getPlainText();
    }

    /** Choices for the global configuration (administrators only see the list). */
    public static ListBoxModel globalChoices(String url, String current) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new StandardListBoxModel().includeCurrentValue(current);
        }
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(
                        ACL.SYSTEM2,
                        Jenkins.get(),
                        StringCredentials.class,
                        requirements(url),
                        CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    /** Choices for a job's step (the per-step credential override). */
    public static ListBoxModel itemChoices(Item item, String current) {
        if (!mayList(item)) {
            return new StandardListBoxModel().includeCurrentValue(current);
        }
        StandardListBoxModel model = new StandardListBoxModel();
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatchingAs(
                    ACL.SYSTEM2,
                    Jenkins.get(),
                    StringCredentials.class,
                    List.<DomainRequirement>of(),
                    CredentialsMatchers.always());
        } else {
            model.includeMatchingAs(
                    authenticationOf(item),
                    item,
                    StringCredentials.class,
                    List.<DomainRequirement>of(),
                    CredentialsMatchers.always());
        }
        return model.includeCurrentValue(current);
    }

    public static FormValidation checkGlobal(String url, String value) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.error(Messages.Credentials_Required());
        }
        if (value.contains("${")) {
            return FormValidation.warning(Messages.Credentials_Expression());
        }
        // Listed, not looked up: checking that the credential exists must not read its secret.
        ListBoxModel found =
                CredentialsProvider.listCredentialsInItemGroup(
                        StringCredentials.class,
                        Jenkins.get(),
                        ACL.SYSTEM2,
                        requirements(url),
                        CredentialsMatchers.withId(value.strip()));
        return found.isEmpty()
                ? FormValidation.error(Messages.Credentials_NotFound(value.strip()))
                : FormValidation.ok();
    }

    /**
     * A step's override: blank is fine (the server's credential is used); otherwise it must be a
     * Secret Text credential the job can use (listed without reading any secret).
     */
    public static FormValidation checkItem(Item item, String value) {
        if (!mayList(item) || value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        if (value.contains("${")) {
            return FormValidation.warning(Messages.Credentials_Expression());
        }
        ListBoxModel found =
                item == null
                        ? CredentialsProvider.listCredentialsInItemGroup(
                                StringCredentials.class,
                                Jenkins.get(),
                                ACL.SYSTEM2,
                                List.<DomainRequirement>of(),
                                CredentialsMatchers.withId(value.strip()))
                        : CredentialsProvider.listCredentialsInItem(
                                StringCredentials.class,
                                item,
                                authenticationOf(item),
                                List.<DomainRequirement>of(),
                                CredentialsMatchers.withId(value.strip()));
        return found.isEmpty()
                ? FormValidation.error(Messages.Credentials_NotFound(value.strip()))
                : FormValidation.ok();
    }

    private static boolean mayList(Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ)
                || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    /** Whom the job's builds will probably run as (the consumer guide's choice for a job). */
    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static List<DomainRequirement> requirements(String url) {
        return url == null || url.isBlank()
                ? List.of()
                : URIRequirementBuilder.fromUri(url).build();
    }
}
