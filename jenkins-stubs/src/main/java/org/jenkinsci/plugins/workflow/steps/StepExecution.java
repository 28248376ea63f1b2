package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/**
 * A running step.
 *
 * @since workflow-step-api 2.0 (the first tag of the split-out repository)
 */
public abstract class StepExecution implements Serializable {

    protected StepExecution(StepContext context) {}

    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract boolean start() throws Exception;
}
