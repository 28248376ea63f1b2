package io.jenkins.plugins.freight.plugin.embedded;

/**
 * Who sent a request, as Jenkins sees them.
 *
 * @param userId the Jenkins user id, or {@code null} when anonymous
 * @param administrator holds Overall/Administer
 * @param canRead holds Overall/Read
 */
public record JenkinsIdentity(
        String userId, String displayName, boolean administrator, boolean canRead) {

    public static JenkinsIdentity anonymous(boolean canRead) {
        return new JenkinsIdentity(null, null, false, canRead);
    }

    public boolean isAnonymous() {
        return userId == null;
    }
}
