package hudson.model;

/**
 * The listener of a freestyle build.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface BuildListener extends TaskListener {}
