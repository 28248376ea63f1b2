package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/**
 * A build step of a freestyle project.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
@SuppressWarnings("deprecation")
public abstract class Builder extends BuildStepCompatibilityLayer
        implements Describable<Builder>, ExtensionPoint {

    public Builder() {}

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
