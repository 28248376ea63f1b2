package io.jenkins.plugins.freight.plugin.pipeline;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.freight.plugin.run.FreightStepRunner;
import io.jenkins.plugins.freight.plugin.run.ServerChoice;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs a Freight Pipeline step in its own thread; aborting the build interrupts it, which cancels
 * the deployments being waited for when the step asks for that. Returns the step's value map.
 */
final class FreightStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    // Transient: a synchronous step does not survive a controller restart (onResume fails), so
    // neither needs to be written with the Pipeline's state.
    private final transient Function<EnvVars, FreightOperation> operation;
    private final transient ServerChoice choice;

    FreightStepExecution(
            StepContext context,
            Function<EnvVars, FreightOperation> operation,
            ServerChoice choice) {
        super(context);
        this.operation = operation;
        this.choice = choice;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        EnvVars env = getContext().get(EnvVars.class);
        FilePath workspace = getContext().get(FilePath.class);
        EnvVars vars = env == null ? new EnvVars() : env;
        return returned(
                FreightStepRunner.run(
                        operation.apply(vars), choice.expand(vars), run, workspace, listener));
    }

    /** What the script gets: a modifiable copy of the step's value map. */
    static Map<String, Object> returned(StepOutcome outcome) {
        return new LinkedHashMap<>(outcome.value());
    }
}
