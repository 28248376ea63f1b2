package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * A Pipeline step (Pipeline: Step API plugin).
 *
 * @since workflow-step-api 2.0 (the first tag of the split-out repository)
 */
@SuppressWarnings("deprecation")
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {

    public Step() {}

    public abstract StepExecution start(StepContext context) throws Exception;
}
