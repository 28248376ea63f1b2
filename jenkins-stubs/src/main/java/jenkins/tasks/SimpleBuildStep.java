package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

/**
 * A build step usable in freestyle projects and, through its symbol, in Pipeline.
 *
 * @since 1.577
 */
public interface SimpleBuildStep extends BuildStep {

    /**
     * @since 2.241
     */
    default void perform(
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.258
     */
    default void perform(Run<?, ?> run, EnvVars env, TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.258
     */
    default boolean requiresWorkspace() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
