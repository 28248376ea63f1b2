package io.jenkins.plugins.freight.engine.deployment;

/**
 * Where a release stands in one environment (for one tenant, or untenanted), as lifecycle
 * progression sees it.
 */
public enum EnvironmentOutcome {
    /** The release was never deployed there. */
    NONE,
    /** Deployments exist, but none has finished yet. */
    PENDING,
    /** The most recent finished deployment of the release there succeeded. */
    SUCCEEDED,
    /**
     * The most recent finished deployment of the release there failed, was canceled or timed out.
     */
    FAILED;

    /** Whether this environment counts towards completing its phase. */
    public boolean isSuccessful() {
        return this == SUCCEEDED;
    }

    /** Whether the release was ever deployed there (so redeploying is always allowed). */
    public boolean wasDeployed() {
        return this != NONE;
    }
}
