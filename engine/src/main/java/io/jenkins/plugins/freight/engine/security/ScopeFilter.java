package io.jenkins.plugins.freight.engine.security;

/**
 * Which documents of a list a caller may see, decided per document from its scope without another
 * database round trip. Services use it to drop, for example, deployments to environments outside
 * the caller's roles.
 */
@FunctionalInterface
public interface ScopeFilter {

    /** Everything is visible. */
    ScopeFilter ALL = scope -> true;

    boolean permits(PermissionScope scope);

    static ScopeFilter all() {
        return ALL;
    }
}
