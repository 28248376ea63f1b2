package hudson.security;

import org.springframework.security.core.Authentication;

/**
 * Access control list.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class ACL {

    /**
     * @since 2.266
     */
    public static final Authentication SYSTEM2 = null;

    /**
     * @since 2.266
     */
    public static boolean isAnonymous2(Authentication authentication) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
