package hudson;

/**
 * Marker for extension points.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface ExtensionPoint {}
