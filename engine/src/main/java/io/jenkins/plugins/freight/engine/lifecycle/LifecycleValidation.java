package io.jenkins.plugins.freight.engine.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules a lifecycle's phases follow; each broken rule is one sentence. */
final class LifecycleValidation {

    private LifecycleValidation() {}

    /** Problems with the phases, apart from whether the environments exist. */
    static List<String> problems(List<Phase> phases) {
        List<String> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> phaseOfEnvironment = new HashMap<>();
        int catchAll = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            String label = "Phase " + (i + 1);
            if (p.name() == null || p.name().isBlank()) {
                errors.add(label + " needs a name.");
            } else if (!names.add(p.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add("Two phases are named '" + p.name().strip() + "'.");
            } else {
                label = "Phase '" + p.name().strip() + "'";
            }
            if (p.id() != null && !p.id().isBlank() && !ids.add(p.id())) {
                errors.add("Two phases have the id '" + p.id() + "'.");
            }
            for (String env : p.automaticDeploymentTargets()) {
                if (p.optionalDeploymentTargets().contains(env)) {
                    errors.add(
                            label
                                    + " lists environment '"
                                    + env
                                    + "' as both automatic and manual.");
                }
            }
            for (String env : p.environmentIds()) {
                String earlier = phaseOfEnvironment.putIfAbsent(env, label);
                if (earlier != null) {
                    errors.add(
                            "Environment '"
                                    + env
                                    + "' appears in more than one phase ("
                                    + earlier
                                    + " and "
                                    + label.substring(label.indexOf(' ') + 1)
                                    + "); an environment may appear in only one phase.");
                }
            }
            if (p.environmentIds().isEmpty()) {
                catchAll++;
            }
            int size = p.environmentIds().size();
            if (p.minimumEnvironmentsBeforePromotion() < 0) {
                errors.add(label + " cannot require a negative number of environments.");
            } else if (size > 0 && p.minimumEnvironmentsBeforePromotion() > size) {
                errors.add(
                        label
                                + " requires "
                                + p.minimumEnvironmentsBeforePromotion()
                                + " environments before promotion but has only "
                                + size
                                + ".");
            }
        }
        if (catchAll > 1) {
            errors.add(
                    "Only one phase may leave its environments empty (meaning every environment"
                            + " no other phase names).");
        }
        if (!phases.isEmpty() && phases.stream().allMatch(Phase::isOptionalPhase)) {
            errors.add("At least one phase must be required; not every phase may be optional.");
        }
        return errors;
    }

    /** The phases with blank ids replaced by new ones and names trimmed. */
    static List<Phase> withIds(List<Phase> phases) {
        return phases.stream()
                .map(
                        p ->
                                new Phase(
                                        p.id() == null || p.id().isBlank()
                                                ? UUID.randomUUID().toString()
                                                : p.id(),
                                        p.name().strip(),
                                        p.automaticDeploymentTargets(),
                                        p.optionalDeploymentTargets(),
                                        p.minimumEnvironmentsBeforePromotion(),
                                        p.isOptionalPhase(),
                                        p.isPriorityPhase(),
                                        p.releaseRetentionPolicy(),
                                        p.tentacleRetentionPolicy()))
                .toList();
    }
}
