package hudson.tasks;

import hudson.model.Describable;

/**
 * A post-build action.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
@SuppressWarnings("deprecation")
public abstract class Publisher extends BuildStepCompatibilityLayer
        implements Describable<Publisher> {

    @Deprecated
    protected Publisher() {}
}
