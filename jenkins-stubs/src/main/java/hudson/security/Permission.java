package hudson.security;

/**
 * A permission, e.g. {@code Jenkins.ADMINISTER}.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public final class Permission {

    private Permission() {}
}
