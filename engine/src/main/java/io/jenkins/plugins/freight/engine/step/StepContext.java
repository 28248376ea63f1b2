package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.ScriptResult;
import io.jenkins.plugins.freight.engine.target.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What a step kind sees while it runs on one target. Built by the deployment execution. */
public interface StepContext {

    /** The action's name ({@code Octopus.Action.Name}). */
    String actionName();

    /**
     * An action property with variables substituted, or empty when absent. Property names are
     * compared exactly (Octopus property names are case-sensitive).
     */
    Optional<String> property(String name);

    /** A property read as a boolean (Octopus writes {@code "True"}/{@code "False"}). */
    default boolean flag(String name, boolean fallback) {
        return property(name).map(v -> v.trim().equalsIgnoreCase("true")).orElse(fallback);
    }

    /** The primary package of the action, if it has one. */
    Optional<PackageSelection> primaryPackage();

    /** The effective variables for this action and target, by name. */
    Map<String, String> variables();

    /** Substitutes {@code #{…}} templates with the effective variables. */
    String render(String template);

    /** Hides sensitive values; every log line passes through it. */
    UnaryOperator<String> masker();

    /** Where the step runs. */
    Target target();

    /** Writes a line to this step's log block (masked). */
    void log(OutputCategory category, String text);

    /** Reports progress of this step on this target. */
    void progress(int percentage, String message);

    /**
     * Runs a script on the target with output streamed to the log, output variables published and
     * the task's cancellation wired to the script.
     */
    ScriptResult runScript(ScriptRequest request) throws InterruptedException;

    /** Publishes {@code Octopus.Action[Name].Output.<name>} for later steps. */
    void setOutputVariable(String name, String value, boolean sensitive);

    /** Records a file the step produced as an artifact of the deployment. */
    void addArtifact(String name, String path);

    /** A local copy of a package from the feed. */
    Path acquirePackage(PackageSelection selection);

    /** A directory on the engine's host for temporary files, removed after the step. */
    Path scratchDirectory();

    /** The answer to this step's pending intervention, when the task was resumed with one. */
    Optional<InterventionResponse> interventionResponse();

    /**
     * E-mail addresses of a team's active members (for {@code Octopus.Email} team recipients).
     *
     * @throws io.jenkins.plugins.freight.engine.error.NotFoundException when the deployment's space
     *     has no such team
     */
    List<String> teamEmailAddresses(String teamId);

    /** The SMTP server to send e-mail through, if one is configured. */
    Optional<SmtpSettings> smtp();
}
