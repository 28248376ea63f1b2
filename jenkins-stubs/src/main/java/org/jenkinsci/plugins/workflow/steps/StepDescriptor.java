package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/**
 * Descriptor of a Pipeline step.
 *
 * @since workflow-step-api 2.0 (the first tag of the split-out repository)
 */
public abstract class StepDescriptor extends Descriptor<Step> {

    public StepDescriptor() {}

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
