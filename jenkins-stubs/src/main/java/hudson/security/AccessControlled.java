package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * An object with an ACL.
 *
 * @since 1.220
 */
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
