package hudson.model;

/**
 * An object with a display name.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface ModelObject {
    String getDisplayName();
}
