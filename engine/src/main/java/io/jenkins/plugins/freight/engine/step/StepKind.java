package io.jenkins.plugins.freight.engine.step;

/**
 * One kind of deployment step, registered under its Octopus action type (like Conductor's system
 * tasks). A kind is stateless: everything a run needs comes through its {@link StepContext}.
 */
public interface StepKind {

    /** The Octopus action type this kind runs, e.g. {@code Octopus.Script}. */
    String actionType();

    /**
     * Whether the kind runs once on the engine itself rather than on each target (manual
     * intervention, e-mail, HTTP health check). Such steps need no target tags.
     */
    default boolean runsOnEngine() {
        return false;
    }

    /** Runs the step on the context's target. */
    StepOutcome execute(StepContext context) throws InterruptedException;
}
