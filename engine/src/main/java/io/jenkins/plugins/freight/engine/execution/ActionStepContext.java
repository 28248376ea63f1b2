package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.step.PackageSelection;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.step.StepContext;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.OutputVariable;
import io.jenkins.plugins.freight.engine.target.RunningScript;
import io.jenkins.plugins.freight.engine.target.ScriptListener;
import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.ScriptResult;
import io.jenkins.plugins.freight.engine.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The {@link StepContext} of one action on one target during a deployment. */
final class ActionStepContext implements StepContext {

    private final PlannedAction action;
    private final Target target;
    private final Map<String, String> variables;
    private final UnaryOperator<String> masker;
    private final ExecutionLog.Block block;
    private final ExecutionPorts ports;
    private final Optional<InterventionResponse> response;
    private final Path scratch;
    private final List<OutputVariable> outputs = new ArrayList<>();
    private final Set<RunningScript> running = ConcurrentHashMap.newKeySet();
    private volatile boolean canceled;

    ActionStepContext(
            PlannedAction action,
            Target target,
            Map<String, String> variables,
            UnaryOperator<String> masker,
            ExecutionLog.Block block,
            ExecutionPorts ports,
            Optional<InterventionResponse> response,
            Path scratch) {
        this.action = action;
        this.target = target;
        this.variables = variables;
        this.masker = masker;
        this.block = block;
        this.ports = ports;
        this.response = response;
        this.scratch = scratch;
    }

    @Override
    public String actionName() {
        return action.name();
    }

    @Override
    public Optional<String> property(String name) {
        return Optional.ofNullable(action.properties().get(name)).map(this::render);
    }

    @Override
    public Optional<PackageSelection> primaryPackage() {
        return action.primaryPackage();
    }

    @Override
    public Map<String, String> variables() {
        return variables;
    }

    @Override
    public String render(String template) {
        return template.contains("#{") ? ports.templates().render(template, variables) : template;
    }

    @Override
    public UnaryOperator<String> masker() {
        return masker;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public void log(OutputCategory category, String text) {
        block.line(category, masker.apply(text));
    }

    @Override
    public void progress(int percentage, String message) {
        block.progress(percentage, masker.apply(message));
    }

    @Override
    public ScriptResult runScript(ScriptRequest request) throws InterruptedException {
        if (canceled) {
            throw new InterruptedException("canceled");
        }
        ScriptListener listener =
                new ScriptListener() {
                    @Override
                    public void line(OutputCategory category, String text) {
                        block.line(category, text);
                    }

                    @Override
                    public void progress(int percentage, String message) {
                        block.progress(percentage, message);
                    }
                };
        RunningScript script = target.start(request.withMasker(masker), listener);
        running.add(script);
        try {
            if (canceled) {
                script.cancel();
            }
            ScriptResult result = script.await();
            for (OutputVariable v : result.outputVariables()) {
                setOutputVariable(v.name(), v.value(), v.sensitive());
            }
            result.artifacts().forEach(a -> addArtifact(a.name(), a.path()));
            return result;
        } finally {
            running.remove(script);
        }
    }

    @Override
    public synchronized void setOutputVariable(String name, String value, boolean sensitive) {
        outputs.removeIf(o -> o.name().equalsIgnoreCase(name));
        outputs.add(new OutputVariable(name, value, sensitive));
    }

    @Override
    public void addArtifact(String name, String path) {
        block.line(
                OutputCategory.HIGHLIGHT,
                "Artifact " + name + " published from " + target.name() + ": " + path);
    }

    @Override
    public Path acquirePackage(PackageSelection selection) {
        return ports.packages().apply(selection);
    }

    @Override
    public Path scratchDirectory() {
        try {
            return Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InterventionResponse> interventionResponse() {
        return response;
    }

    @Override
    public List<String> teamEmailAddresses(String teamId) {
        return ports.teamEmailAddresses().apply(teamId);
    }

    @Override
    public Optional<SmtpSettings> smtp() {
        return ports.smtp();
    }

    synchronized List<OutputVariable> outputs() {
        return List.copyOf(outputs);
    }

    /** Stops running scripts (cancellation or step timeout). */
    void cancel() {
        canceled = true;
        running.forEach(RunningScript::cancel);
    }
}
