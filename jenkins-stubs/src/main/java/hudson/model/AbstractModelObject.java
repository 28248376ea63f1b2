package hudson.model;

/**
 * Base class of model objects.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class AbstractModelObject {}
