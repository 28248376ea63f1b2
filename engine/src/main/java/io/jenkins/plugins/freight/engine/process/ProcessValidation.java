package io.jenkins.plugins.freight.engine.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The structural rules of a deployment process (names, ids, packages, conditions, action-type
 * settings), plus collecting the environments, channels and tenant tags it names so the service can
 * check they exist.
 */
final class ProcessValidation {

    private static final Pattern PACKAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-/:@+]*");
    private static final Set<String> ACQUISITION_LOCATIONS =
            Set.of("Server", "ExecutionTarget", "NotAcquired");

    final List<String> errors = new ArrayList<>();
    final Set<String> environmentIds = new LinkedHashSet<>();
    final Set<String> channelIds = new LinkedHashSet<>();
    final Set<String> tenantTags = new LinkedHashSet<>();

    /** Checks the steps; problems accumulate in {@link #errors}. */
    void check(List<DeploymentStep> steps) {
        Set<String> stepNames = new HashSet<>();
        Set<String> actionNames = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            DeploymentStep step = steps.get(i);
            if (blank(step.name())) {
                errors.add("Step " + (i + 1) + " needs a name.");
            } else if (!stepNames.add(key(step.name()))) {
                errors.add(
                        "Two steps are named '"
                                + step.name().strip()
                                + "'; step names must be unique.");
            }
            uniqueId(step.id(), ids);
            String label =
                    "Step '" + (blank(step.name()) ? String.valueOf(i + 1) : step.name()) + "'";
            if (step.actions().isEmpty()) {
                errors.add(label + " needs at least one action.");
            }
            if (step.condition() == StepCondition.VARIABLE
                    && blank(step.properties().get(DeploymentStep.CONDITION_EXPRESSION))) {
                errors.add(
                        label
                                + " runs on a variable condition but has no expression ("
                                + DeploymentStep.CONDITION_EXPRESSION
                                + ").");
            }
            String window = step.properties().get(DeploymentStep.MAX_PARALLELISM);
            if (window != null && !window.isBlank() && !isWindow(window)) {
                errors.add(
                        label
                                + ": "
                                + DeploymentStep.MAX_PARALLELISM
                                + " must be a whole number of at least 1 (or a #{variable}), not '"
                                + window.strip()
                                + "'.");
            }
            blankKeys(step.properties().keySet(), label);
            for (DeploymentAction action : step.actions()) {
                checkAction(step, action, actionNames, ids);
            }
        }
    }

    private static boolean isWindow(String value) {
        String v = value.strip();
        return v.contains("#{") || v.matches("[1-9][0-9]{0,5}");
    }

    private void checkAction(
            DeploymentStep step,
            DeploymentAction action,
            Set<String> actionNames,
            Set<String> ids) {
        if (blank(action.name())) {
            errors.add("An action of step '" + step.name() + "' needs a name.");
            return;
        }
        String label = "Action '" + action.name() + "'";
        if (!actionNames.add(key(action.name()))) {
            errors.add(
                    "Two actions are named '"
                            + action.name().strip()
                            + "'; action names must be unique.");
        }
        uniqueId(action.id(), ids);
        if (blank(action.actionType())) {
            errors.add(label + " needs an action type (for example Octopus.Script).");
        } else {
            ActionTypeRules.check(step, action, errors::add);
        }
        if (action.condition() == ActionCondition.VARIABLE
                && blank(action.properties().get("Octopus.Action.ConditionVariableExpression"))) {
            errors.add(
                    label
                            + " runs on a variable condition but has no expression"
                            + " (Octopus.Action.ConditionVariableExpression).");
        }
        for (String env : action.environments()) {
            if (action.excludedEnvironments().contains(env)) {
                errors.add(label + " both includes and excludes environment '" + env + "'.");
            }
        }
        blankKeys(action.properties().keySet(), label);
        environmentIds.addAll(action.environments());
        environmentIds.addAll(action.excludedEnvironments());
        channelIds.addAll(action.channels());
        tenantTags.addAll(action.tenantTags());
        checkPackages(action, label, ids);
    }

    private void checkPackages(DeploymentAction action, String label, Set<String> ids) {
        Set<String> names = new HashSet<>();
        for (PackageReference p : action.packages()) {
            String which =
                    p.isPrimary() ? "the primary package" : "package reference '" + p.name() + "'";
            if (!names.add(key(p.name()))) {
                errors.add(
                        label
                                + (p.isPrimary()
                                        ? " has more than one primary package."
                                        : " has two package references named '" + p.name() + "'."));
            }
            uniqueId(p.id(), ids);
            if (blank(p.packageId())) {
                errors.add(label + ": " + which + " needs a package id.");
            } else if (!p.packageId().contains("#{")
                    && !PACKAGE_ID.matcher(p.packageId()).matches()) {
                errors.add(
                        label
                                + ": "
                                + which
                                + " has a malformed package id '"
                                + p.packageId()
                                + "' (letters, digits and . _ - / : @ + only).");
            }
            if (blank(p.feedId())) {
                errors.add(label + ": " + which + " needs a feed id (for example feeds-builtin).");
            }
            if (!ACQUISITION_LOCATIONS.contains(p.acquisitionLocation())
                    && !p.acquisitionLocation().contains("#{")) {
                errors.add(
                        label
                                + ": "
                                + which
                                + " has an unknown acquisition location '"
                                + p.acquisitionLocation()
                                + "' (use Server, ExecutionTarget, NotAcquired or a variable"
                                + " expression).");
            }
        }
    }

    private void uniqueId(String id, Set<String> ids) {
        if (!blank(id) && !ids.add(id)) {
            errors.add("The id '" + id + "' is used twice in the process.");
        }
    }

    private void blankKeys(Set<String> keys, String label) {
        if (keys.stream().anyMatch(ProcessValidation::blank)) {
            errors.add(label + " has a property without a name.");
        }
    }

    /** The steps with new ids where they had none and names trimmed. */
    static List<DeploymentStep> withIds(List<DeploymentStep> steps) {
        return steps.stream()
                .map(
                        s ->
                                s.withId(idOr(s.id()))
                                        .withName(s.name().strip())
                                        .withActions(
                                                s.actions().stream()
                                                        .map(ProcessValidation::withIds)
                                                        .toList()))
                .toList();
    }

    private static DeploymentAction withIds(DeploymentAction a) {
        return a.withId(idOr(a.id()))
                .withName(a.name().strip())
                .withPackages(a.packages().stream().map(p -> p.withId(idOr(p.id()))).toList());
    }

    private static String idOr(String id) {
        return blank(id) ? UUID.randomUUID().toString() : id;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
