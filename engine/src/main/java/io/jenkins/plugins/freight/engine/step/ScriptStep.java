package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.ScriptResult;
import io.jenkins.plugins.freight.engine.target.ScriptSyntax;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Octopus.Script}: runs an inline script ({@code Octopus.Action.Script.ScriptBody},
 * variables substituted) or a script file from the action's package ({@code ScriptSource=Package},
 * {@code ScriptFileName}, {@code ScriptParameters}). Output variables, artifacts and {@code
 * fail_step} messages come back through the script's service messages.
 */
public final class ScriptStep implements StepKind {

    public static final String ACTION_TYPE = "Octopus.Script";
    static final String SOURCE = "Octopus.Action.Script.ScriptSource";
    static final String SYNTAX = "Octopus.Action.Script.Syntax";
    static final String BODY = "Octopus.Action.Script.ScriptBody";
    static final String FILE_NAME = "Octopus.Action.Script.ScriptFileName";
    static final String PARAMETERS = "Octopus.Action.Script.ScriptParameters";

    @Override
    public String actionType() {
        return ACTION_TYPE;
    }

    @Override
    public StepOutcome execute(StepContext context) throws InterruptedException {
        String source = context.property(SOURCE).orElse("Inline").trim().toLowerCase(Locale.ROOT);
        String parameters = context.property(PARAMETERS).orElse("");
        ScriptRequest request;
        if (source.equals("package")) {
            Optional<ScriptRequest> fromPackage = fromPackage(context, parameters);
            if (fromPackage.isEmpty()) {
                return StepOutcome.failed(
                        "Action "
                                + context.actionName()
                                + " runs a script from a package but names no package or no"
                                + " script file.");
            }
            request = fromPackage.get();
        } else if (source.equals("inline")) {
            String body = context.property(BODY).orElse("");
            if (body.isBlank()) {
                return StepOutcome.failed(
                        "Action " + context.actionName() + " has no script body.");
            }
            request =
                    base(
                                    context,
                                    ScriptSyntax.fromOctopus(context.property(SYNTAX).orElse("")),
                                    body)
                            .withParameters(parameters);
        } else {
            return StepOutcome.failed(
                    "Script source '" + source + "' is not supported; use Inline or Package.");
        }
        return outcome(context, context.runScript(request));
    }

    private Optional<ScriptRequest> fromPackage(StepContext context, String parameters) {
        Optional<PackageSelection> selection = context.primaryPackage();
        Optional<String> fileName = context.property(FILE_NAME).filter(s -> !s.isBlank());
        if (selection.isEmpty() || fileName.isEmpty()) {
            return Optional.empty();
        }
        Path archive = context.acquirePackage(selection.get());
        Path extracted = context.scratchDirectory().resolve("package");
        PackageExtractor.extract(archive, extracted);
        // Beside the target's other scratch files (its "work" folder), removed when the script
        // ends.
        String remote =
                String.join(
                        "/",
                        context.target().rootDirectory(),
                        "work",
                        "packages",
                        java.util.UUID.randomUUID().toString());
        context.target().uploadDirectory(extracted, remote);
        String file = fileName.get();
        ScriptSyntax syntax = ScriptSyntax.forFileName(file);
        String body =
                syntax == ScriptSyntax.POWERSHELL
                        ? "try { & '"
                                + (remote + "/" + file).replace("'", "''")
                                + "' @args } finally { Remove-Item -Recurse -Force -LiteralPath '"
                                + remote.replace("'", "''")
                                + "' }\n"
                        : "trap 'rm -rf "
                                + shellQuote(remote).replace("'", "'\\''")
                                + "' EXIT\n. "
                                + shellQuote(remote + "/" + file)
                                + " \"$@\"\n";
        return Optional.of(
                base(context, syntax, body)
                        .withParameters(parameters)
                        .withWorkingDirectory(remote));
    }

    static ScriptRequest base(StepContext context, ScriptSyntax syntax, String body) {
        Map<String, String> variables = context.variables();
        return ScriptRequest.bash(body)
                .withSyntax(syntax)
                .withVariables(variables)
                .withMasker(context.masker());
    }

    /** Turns a script result into the step's outcome. */
    static StepOutcome outcome(StepContext context, ScriptResult result) {
        return switch (result.outcome()) {
            case SUCCEEDED -> StepOutcome.succeeded();
            case FAILED ->
                    StepOutcome.failed(
                            result.failureMessage()
                                    .orElse(
                                            "The script returned exit code "
                                                    + result.exitCode()
                                                    + "."));
            case TIMED_OUT -> StepOutcome.failed("The script did not finish in time.");
            case CANCELED -> StepOutcome.failed("The script was canceled.");
        };
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
