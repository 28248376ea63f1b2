package io.jenkins.plugins.freight.plugin.steps;

/**
 * A step ran but did not succeed (a deployment failed, was canceled or timed out); carries what it
 * did so far, so the build still links to the release and deployments.
 */
public final class StepFailedException extends RuntimeException {

    private final transient StepOutcome partial;

    public StepFailedException(String message, StepOutcome partial) {
        super(message, null, false, false);
        this.partial = partial;
    }

    /** What the step did before it failed, or {@code null}. */
    public StepOutcome partial() {
        return partial;
    }
}
