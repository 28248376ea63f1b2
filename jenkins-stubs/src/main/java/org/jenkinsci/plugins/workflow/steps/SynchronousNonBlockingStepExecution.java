package org.jenkinsci.plugins.workflow.steps;

/**
 * A step that runs {@link #run()} in its own thread; {@code stop} interrupts it.
 *
 * @since workflow-step-api 2.0 (the first tag of the split-out repository)
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
