package io.jenkins.plugins.freight.engine.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a script's raw output into masked log lines, output variables, artifacts, progress and a
 * failure message, interpreting Octopus service messages. Service-message lines themselves never
 * reach the log. Thread-safe: stdout and stderr are fed from different threads.
 */
final class ScriptOutputProcessor {

    private static final int MIN_SECRET_LENGTH = 4;

    private final UnaryOperator<String> masker;
    private final ScriptListener listener;
    private final List<OutputVariable> variables = new ArrayList<>();
    private final List<ScriptArtifact> artifacts = new ArrayList<>();
    private final List<String> publishedSecrets = new ArrayList<>();
    private OutputCategory stdoutCategory = OutputCategory.INFO;
    private String failureMessage;

    ScriptOutputProcessor(UnaryOperator<String> masker, ScriptListener listener) {
        this.masker = masker;
        this.listener = listener;
    }

    synchronized void stdout(String line) {
        Optional<ServiceMessage> message = ServiceMessage.parse(line);
        if (message.isPresent()) {
            handle(message.get());
        } else {
            emit(stdoutCategory, line);
        }
    }

    synchronized void stderr(String line) {
        emit(OutputCategory.ERROR, line);
    }

    /** A line the runner itself writes (not script output), masked like the rest. */
    synchronized void note(OutputCategory category, String line) {
        emit(category, line);
    }

    synchronized List<OutputVariable> variables() {
        return List.copyOf(variables);
    }

    synchronized List<ScriptArtifact> artifacts() {
        return List.copyOf(artifacts);
    }

    synchronized Optional<String> failureMessage() {
        return Optional.ofNullable(failureMessage).map(this::mask);
    }

    private void handle(ServiceMessage message) {
        String name = message.name();
        if (name.startsWith("stdout-")) {
            OutputCategory category = OutputCategory.fromStdoutSuffix(name.substring(7));
            if (category != null) {
                stdoutCategory = category;
            }
            return;
        }
        switch (name) {
            case "setVariable" -> setVariable(message);
            case "createArtifact" ->
                    artifacts.add(
                            new ScriptArtifact(
                                    message.attribute("path", ""),
                                    message.attribute("name", message.attribute("path", ""))));
            case "resultMessage" -> failureMessage = message.attribute("message", "");
            case "progress" -> progress(message);
            default -> emit(OutputCategory.VERBOSE, "Ignored service message '" + name + "'.");
        }
    }

    private void setVariable(ServiceMessage message) {
        String varName = message.attribute("name", "");
        if (varName.isBlank()) {
            emit(
                    OutputCategory.WARNING,
                    "A setVariable service message without a name was ignored.");
            return;
        }
        String value = message.attribute("value", "");
        boolean sensitive = "true".equalsIgnoreCase(message.attribute("sensitive", "false"));
        if (sensitive && value.length() >= MIN_SECRET_LENGTH) {
            publishedSecrets.add(value);
            publishedSecrets.sort(Comparator.comparingInt(String::length).reversed());
        }
        variables.removeIf(v -> v.name().equalsIgnoreCase(varName));
        variables.add(new OutputVariable(varName, value, sensitive));
    }

    private void progress(ServiceMessage message) {
        int percentage;
        try {
            percentage = Integer.parseInt(message.attribute("percentage", "0").trim());
        } catch (NumberFormatException e) {
            percentage = 0;
        }
        listener.progress(
                Math.max(0, Math.min(100, percentage)), mask(message.attribute("message", "")));
    }

    private void emit(OutputCategory category, String line) {
        listener.line(category, mask(line));
    }

    private String mask(String line) {
        String masked = masker.apply(line);
        for (String secret : publishedSecrets) {
            masked = masked.replace(secret, "********");
        }
        return masked;
    }
}
