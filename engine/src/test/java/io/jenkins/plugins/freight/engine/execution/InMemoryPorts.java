package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.step.InterventionRequest;
import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.step.StepRegistry;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TargetLocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Task control and log kept in memory, around real targets, step kinds and templates. */
final class InMemoryPorts
        implements ExecutionPorts.TaskControl, ExecutionLog, ExecutionPorts.Templates {

    final List<String> lines = new CopyOnWriteArrayList<>();
    final Map<String, InterventionRequest> interruptions = new LinkedHashMap<>();
    final Map<String, InterventionResponse> answers = new LinkedHashMap<>();
    final List<String> checkpoints = new CopyOnWriteArrayList<>();
    volatile boolean cancel;
    private final List<Runnable> cancelCallbacks = new CopyOnWriteArrayList<>();

    ExecutionPorts ports(Path scratch, Optional<Target> localHost, Optional<SmtpSettings> smtp) {
        return new ExecutionPorts(
                StepRegistry.builtIn(),
                this,
                this,
                this,
                p -> {
                    throw new IllegalStateException("no feed");
                },
                team -> List.of("team@example.org"),
                smtp,
                TargetLocks.inMemory(),
                localHost,
                scratch);
    }

    String log() {
        return String.join("\n", lines);
    }

    String lastInterruptionId() {
        return new ArrayList<>(interruptions.keySet()).get(interruptions.size() - 1);
    }

    void submit(String result) {
        answers.put(
                lastInterruptionId(),
                new InterventionResponse(
                        result, "notes " + result, "Users-1", "tess", "Tess", "tess@example.org"));
    }

    void requestCancel() {
        cancel = true;
        cancelCallbacks.forEach(Runnable::run);
    }

    // TaskControl

    @Override
    public Optional<String> checkpoint() {
        return checkpoints.isEmpty()
                ? Optional.empty()
                : Optional.of(checkpoints.get(checkpoints.size() - 1));
    }

    @Override
    public void saveCheckpoint(String checkpoint) {
        checkpoints.add(checkpoint);
    }

    @Override
    public synchronized String raiseInterruption(
            InterventionRequest request, String regardingStep) {
        String id = "Interruptions-" + (interruptions.size() + 1);
        interruptions.put(id, request);
        return id;
    }

    @Override
    public synchronized Optional<InterventionResponse> answer(String interruptionId) {
        return Optional.ofNullable(answers.get(interruptionId));
    }

    @Override
    public boolean isCancellationRequested() {
        return cancel;
    }

    @Override
    public AutoCloseable onCancel(Runnable callback) {
        cancelCallbacks.add(callback);
        if (cancel) {
            callback.run();
        }
        return () -> cancelCallbacks.remove(callback);
    }

    // ExecutionLog

    @Override
    public Block root() {
        return block("deployment");
    }

    private Block block(String path) {
        return new Block() {
            @Override
            public Block child(String name) {
                lines.add("[" + path + "/" + name + "]");
                return block(path + "/" + name);
            }

            @Override
            public void line(OutputCategory category, String text) {
                lines.add(category + " " + text);
            }

            @Override
            public void progress(int percentage, String message) {
                lines.add("PROGRESS " + percentage + " " + message);
            }

            @Override
            public void finish(BlockStatus status) {
                lines.add("[" + path + "] " + status);
            }
        };
    }

    // Templates

    @Override
    public String render(String template, Map<String, String> variables) {
        // the real template language, as the Deploy handler uses it
        try {
            return io.jenkins.plugins.freight.engine.template.Template.render(template, variables)
                    .text();
        } catch (io.jenkins.plugins.freight.engine.error.InvalidInputException e) {
            return template;
        }
    }
}
