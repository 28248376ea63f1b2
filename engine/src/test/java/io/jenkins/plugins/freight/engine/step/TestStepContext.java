package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.OutputVariable;
import io.jenkins.plugins.freight.engine.target.ScriptListener;
import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.ScriptResult;
import io.jenkins.plugins.freight.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step context over real targets and files, with a minimal {@code #{Name}} renderer. */
final class TestStepContext implements StepContext {

    private static final Pattern TOKEN = Pattern.compile("#\\{([^}|]+)}");

    final Map<String, String> properties = new HashMap<>();
    final Map<String, String> variables = new LinkedHashMap<>();
    final Map<String, OutputVariable> outputs = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();
    final List<String> artifacts = new ArrayList<>();
    final Map<String, List<String>> teams = new HashMap<>();
    final Map<String, Path> packages = new HashMap<>();
    PackageSelection primaryPackage;
    InterventionResponse response;
    SmtpSettings smtp;
    UnaryOperator<String> masker = UnaryOperator.identity();
    private final Target target;
    private final Path scratchRoot;

    TestStepContext(Target target, Path scratchRoot) {
        this.target = target;
        this.scratchRoot = scratchRoot;
    }

    TestStepContext with(String property, String value) {
        properties.put(property, value);
        return this;
    }

    @Override
    public String actionName() {
        return "Test action";
    }

    @Override
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).map(this::render);
    }

    @Override
    public Optional<PackageSelection> primaryPackage() {
        return Optional.ofNullable(primaryPackage);
    }

    @Override
    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    @Override
    public String render(String template) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.getOrDefault(m.group(1).trim(), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
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
    public synchronized void log(OutputCategory category, String text) {
        log.add(category + ": " + masker.apply(text));
    }

    @Override
    public void progress(int percentage, String message) {
        log(OutputCategory.VERBOSE, "progress " + percentage + " " + message);
    }

    @Override
    public ScriptResult runScript(ScriptRequest request) throws InterruptedException {
        ScriptListener listener = this::log;
        ScriptResult result = target.run(request.withMasker(masker), listener);
        for (OutputVariable v : result.outputVariables()) {
            outputs.put(v.name(), v);
        }
        return result;
    }

    @Override
    public void setOutputVariable(String name, String value, boolean sensitive) {
        outputs.put(name, new OutputVariable(name, value, sensitive));
    }

    @Override
    public void addArtifact(String name, String path) {
        artifacts.add(name + "=" + path);
    }

    @Override
    public Path acquirePackage(PackageSelection selection) {
        return packages.get(selection.packageId());
    }

    @Override
    public Path scratchDirectory() {
        try {
            return Files.createDirectories(scratchRoot.resolve(UUID.randomUUID().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InterventionResponse> interventionResponse() {
        return Optional.ofNullable(response);
    }

    @Override
    public List<String> teamEmailAddresses(String teamId) {
        List<String> members = teams.get(teamId);
        if (members == null) {
            throw io.jenkins.plugins.freight.engine.error.NotFoundException.of("Team", teamId);
        }
        return members;
    }

    @Override
    public Optional<SmtpSettings> smtp() {
        return Optional.ofNullable(smtp);
    }

    String allLog() {
        return String.join("\n", log);
    }
}
