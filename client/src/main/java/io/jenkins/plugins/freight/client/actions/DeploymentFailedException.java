package io.jenkins.plugins.freight.client.actions;

/**
 * A task the action waited for ended badly: failed, canceled or timed out. Carries the result so
 * callers can still report every deployment's state and links.
 */
public final class DeploymentFailedException extends ActionException {

    private final transient Object result;

    public DeploymentFailedException(String message, Object result) {
        super(message, null);
        this.result = result;
    }

    /**
     * The action's result as far as it got: a {@link DeployResult}, {@link CreateReleaseResult} or
     * {@link AwaitResult}.
     */
    public Object result() {
        return result;
    }
}
