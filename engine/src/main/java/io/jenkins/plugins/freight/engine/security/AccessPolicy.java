package io.jenkins.plugins.freight.engine.security;

/**
 * The one place a service asks whether a caller may do something. Services call {@link #require}
 * before they act; a refusal is a {@link
 * io.jenkins.plugins.freight.engine.error.ForbiddenException} that names the permission.
 *
 * <p>Until teams and roles exist every authenticated caller is allowed ({@link
 * #authenticatedCallers()}); the permission model replaces that implementation without touching the
 * services.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Throws {@code ForbiddenException} unless the caller holds the permission.
     *
     * @param permission an Octopus permission name, e.g. {@code UserEdit}
     * @param spaceId the space the action is in, or null for a system-level action
     */
    void require(Caller caller, String permission, String spaceId);

    /** Every caller that got this far (authenticated, or the engine itself) may do everything. */
    static AccessPolicy authenticatedCallers() {
        return (caller, permission, spaceId) -> {};
    }
}
