package io.jenkins.plugins.freight.engine.process;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the built-in action types require. Action types are free-form strings; these rules apply
 * only to the ones Freight knows, so a process may still name other types.
 */
final class ActionTypeRules {

    static final String SCRIPT = "Octopus.Script";
    static final String PACKAGE = "Octopus.TentaclePackage";
    static final String MANUAL = "Octopus.Manual";
    static final String EMAIL = "Octopus.Email";

    private static final Set<String> SCRIPT_SYNTAXES =
            Set.of("powershell", "bash", "csharp", "fsharp", "python");

    private ActionTypeRules() {}

    /** Adds one sentence per missing or malformed setting of the action. */
    static void check(DeploymentStep step, DeploymentAction action, Consumer<String> errors) {
        String label = "Action '" + action.name() + "'";
        switch (action.actionType()) {
            case SCRIPT -> checkScript(step, action, label, errors);
            case PACKAGE -> {
                if (action.primaryPackage() == null
                        && blank(action.property("Octopus.Action.Package.PackageId", ""))) {
                    errors.accept(label + " deploys a package but names none.");
                }
                requireRoles(step, label, errors);
            }
            case MANUAL -> {
                if (blank(action.property("Octopus.Action.Manual.Instructions", ""))) {
                    errors.accept(
                            label + " needs instructions (Octopus.Action.Manual.Instructions).");
                }
            }
            case EMAIL -> checkEmail(action, label, errors);
            default -> {
                // Other action types are passed through as configured.
            }
        }
    }

    private static void checkScript(
            DeploymentStep step, DeploymentAction action, String label, Consumer<String> errors) {
        String source = action.property("Octopus.Action.Script.ScriptSource", "Inline");
        switch (source) {
            case "Inline" -> {
                if (blank(action.property("Octopus.Action.Script.ScriptBody", ""))) {
                    errors.accept(
                            label + " needs a script body (Octopus.Action.Script.ScriptBody).");
                }
            }
            case "Package" -> {
                if (blank(action.property("Octopus.Action.Script.ScriptFileName", ""))) {
                    errors.accept(
                            label + " runs a script from a package but names no script file.");
                }
                if (action.primaryPackage() == null) {
                    errors.accept(label + " runs a script from a package but names no package.");
                }
            }
            case "GitRepository" -> {
                if (blank(action.property("Octopus.Action.Script.ScriptFileName", ""))) {
                    errors.accept(
                            label + " runs a script from a repository but names no script file.");
                }
            }
            default ->
                    errors.accept(
                            label
                                    + " has an unknown script source '"
                                    + source
                                    + "' (use Inline, Package or GitRepository).");
        }
        String syntax = action.property("Octopus.Action.Script.Syntax", "");
        if (!syntax.isEmpty()
                && !SCRIPT_SYNTAXES.contains(syntax.toLowerCase(java.util.Locale.ROOT))) {
            errors.accept(
                    label
                            + " has an unknown script syntax '"
                            + syntax
                            + "' (use Bash, PowerShell, Python, CSharp or FSharp).");
        }
        if (!action.runsOnServer()) {
            requireRoles(step, label, errors);
        }
    }

    private static void checkEmail(DeploymentAction action, String label, Consumer<String> errors) {
        if (blank(action.property("Octopus.Action.Email.To", ""))
                && blank(action.property("Octopus.Action.Email.ToTeamIds", ""))) {
            errors.accept(label + " needs recipients (Octopus.Action.Email.To or ToTeamIds).");
        }
        for (String required : List.of("Subject", "Body")) {
            if (blank(action.property("Octopus.Action.Email." + required, ""))) {
                errors.accept(
                        label
                                + " needs a "
                                + required.toLowerCase(java.util.Locale.ROOT)
                                + " (Octopus.Action.Email."
                                + required
                                + ").");
            }
        }
    }

    private static void requireRoles(DeploymentStep step, String label, Consumer<String> errors) {
        if (step.targetRoles().isEmpty()) {
            errors.accept(
                    label
                            + " runs on deployment targets, so step '"
                            + step.name()
                            + "' needs target tags ("
                            + DeploymentStep.TARGET_ROLES
                            + ").");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
