package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import org.jdbi.v3.core.Handle;

/**
 * The one place a service asks whether a caller may do something. Services call {@link #require}
 * before they act; a refusal is a {@link ForbiddenException} that names the permission, the scope
 * and the teams that hold it.
 *
 * <p>The engine wires {@link TeamAccessPolicy} (teams, roles and their scopes). {@link
 * #authenticatedCallers()} lets every caller do everything; it remains for tests of features that
 * do not concern permissions.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Throws {@code ForbiddenException} unless the caller holds the permission somewhere in the
     * space (for a list operation, whose items are then filtered with {@link #visible}).
     *
     * @param permission an Octopus permission name, e.g. {@code UserEdit}
     * @param spaceId the space the action is in, or null for a system-level action
     */
    void require(Caller caller, String permission, String spaceId);

    /**
     * Throws {@code ForbiddenException} unless the caller holds the permission for this project,
     * environment, project group and tenant (whichever the scope names).
     */
    default void requireFor(Caller caller, String permission, PermissionScope scope) {
        require(caller, permission, scope.spaceId());
    }

    /**
     * Like {@link #requireFor(Caller, String, PermissionScope)} inside the caller's transaction.
     */
    default void requireFor(
            Handle handle, Caller caller, String permission, PermissionScope scope) {
        requireFor(caller, permission, scope);
    }

    default boolean isAllowed(Caller caller, String permission, PermissionScope scope) {
        try {
            requireFor(caller, permission, scope);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /**
     * Which documents of a space the caller may see with this permission, for filtering lists
     * (deployments or tasks of environments outside the caller's roles are dropped).
     */
    default ScopeFilter visible(Caller caller, String permission, String spaceId) {
        return ScopeFilter.all();
    }

    /**
     * {@link #require} and then {@link #visible} for the same permission and space, in one step: a
     * list operation's check and its filter (the team policy loads the caller's grants once).
     */
    default ScopeFilter requireVisible(Caller caller, String permission, String spaceId) {
        require(caller, permission, spaceId);
        return visible(caller, permission, spaceId);
    }

    /**
     * Whether some role of the caller's teams is given in this space: the spaces a caller without
     * {@code SpaceView} is shown, so they can find the space they work in.
     */
    default boolean worksIn(Caller caller, String spaceId) {
        return true;
    }

    /** Every caller that got this far (authenticated, or the engine itself) may do everything. */
    static AccessPolicy authenticatedCallers() {
        return (caller, permission, spaceId) -> {};
    }
}
