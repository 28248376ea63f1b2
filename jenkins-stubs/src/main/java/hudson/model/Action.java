package hudson.model;

/**
 * Something attached to a model object, with an optional page.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}
