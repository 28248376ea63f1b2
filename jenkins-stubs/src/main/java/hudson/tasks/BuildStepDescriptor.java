package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Descriptor of builders and publishers.
 *
 * @since 1.150
 */
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>>
        extends Descriptor<T> {

    /**
     * @since 1.278
     */
    protected BuildStepDescriptor() {}

    @SuppressWarnings("rawtypes")
    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
