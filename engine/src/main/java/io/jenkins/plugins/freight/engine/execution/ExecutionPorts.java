package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.step.InterventionRequest;
import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.step.PackageSelection;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.step.StepRegistry;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TargetLocks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a deployment run uses from the rest of the engine. The Deploy task handler builds it from
 * the task context, the feed, the variable evaluator and the engine's settings.
 *
 * @param localHost the engine's own host: engine-run steps always use it, user scripts only when
 *     the plan's {@code runOnServer} allows it
 * @param scratchRoot a directory on the engine's host for temporary files
 */
public record ExecutionPorts(
        StepRegistry steps,
        ExecutionLog log,
        TaskControl task,
        Templates templates,
        Function<PackageSelection, Path> packages,
        Function<String, List<String>> teamEmailAddresses,
        Optional<SmtpSettings> smtp,
        TargetLocks locks,
        Optional<Target> localHost,
        Path scratchRoot) {

    /** Checkpoints, interruptions and cancellation of the running task. */
    public interface TaskControl {
        Optional<String> checkpoint();

        void saveCheckpoint(String checkpoint);

        /** Raises an interruption; its id. */
        String raiseInterruption(InterventionRequest request, String regardingStep);

        /** The answer to an interruption, once a person submitted it. */
        Optional<InterventionResponse> answer(String interruptionId);

        boolean isCancellationRequested();

        /** Runs {@code callback} on cancellation; close the result to unregister. */
        AutoCloseable onCancel(Runnable callback);
    }

    /** The template language (Octostache-compatible) over a variable dictionary. */
    public interface Templates {
        String render(String template, Map<String, String> variables);

        /** Octopus truthiness: not empty, {@code False}, {@code No} or {@code 0}. */
        default boolean isTruthy(String value) {
            String v = value == null ? "" : value.trim();
            return !(v.isEmpty()
                    || v.equalsIgnoreCase("false")
                    || v.equalsIgnoreCase("no")
                    || v.equals("0"));
        }
    }
}
