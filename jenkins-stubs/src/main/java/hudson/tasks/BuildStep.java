package hudson.tasks;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Collection;

/**
 * A step of a freestyle build.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface BuildStep {
    boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener);

    boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException;

    @Deprecated
    Action getProjectAction(AbstractProject<?, ?> project);

    Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project);

    /**
     * @since 1.319
     */
    default BuildStepMonitor getRequiredMonitorService() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
