package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks, for every variable name, the one value that applies in a {@link ScopeContext}.
 *
 * <p>A value applies when, for every dimension it is scoped to, the context matches one of the
 * listed ids (values of one dimension combine with OR, dimensions with AND). Among the values of a
 * name that apply, the winner is decided by this total order:
 *
 * <ol>
 *   <li>the higher specificity: each matched dimension adds its weight — action 256, target 128,
 *       target tag that the step also targets 64, target tag 32, tenant 16, tenant tag 8,
 *       environment 4, channel 2, process 1 — so a more specific dimension always beats any number
 *       of less specific ones, and with the same most specific dimension, more dimensions win;
 *   <li>fewer listed scope values (a value for [Prod] beats one for [Prod, Test]);
 *   <li>the earlier variable set (the project's before the library sets, library sets in the order
 *       the project includes them);
 *   <li>the earlier position in its set;
 *   <li>the smaller id.
 * </ol>
 *
 * Names are compared case-insensitively.
 */
public final class VariableResolver {

    private VariableResolver() {}

    private record Candidate(
            Variable variable, int specificity, int scopeSize, int setIndex, int position) {}

    private static final Comparator<Candidate> PRECEDENCE =
            Comparator.comparingInt(Candidate::specificity)
                    .reversed()
                    .thenComparingInt(Candidate::scopeSize)
                    .thenComparingInt(Candidate::setIndex)
                    .thenComparingInt(Candidate::position)
                    .thenComparing(c -> c.variable().id() == null ? "" : c.variable().id());

    /** The winning value of each name, in order of each name's first appearance. */
    public static List<Variable> winners(List<VariableSet> sets, ScopeContext context) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            List<Variable> variables = sets.get(s).variables();
            for (int p = 0; p < variables.size(); p++) {
                Variable v = variables.get(p);
                int specificity = specificity(v.scope(), context);
                if (specificity < 0) {
                    continue;
                }
                Candidate candidate = new Candidate(v, specificity, v.scope().size(), s, p);
                best.merge(
                        key(v.name()), candidate, (a, b) -> PRECEDENCE.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().map(Candidate::variable).toList();
    }

    /**
     * The variables for a deployment: the winners, with the values supplied for prompted variables
     * replacing theirs.
     *
     * @param prompted values by variable name for prompted variables
     * @throws InvalidInputException when a value is supplied for a name that is not a prompted
     *     variable, or a required prompted variable has no value
     */
    public static VariableDictionary resolve(
            List<VariableSet> sets, ScopeContext context, Map<String, String> prompted) {
        List<Variable> winners = winners(sets, context);
        Map<String, Variable> promptedByName = new LinkedHashMap<>();
        for (Variable v : winners) {
            if (v.prompt() != null) {
                promptedByName.put(key(v.name()), v);
            }
        }
        Map<String, String> supplied = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        prompted.forEach(
                (name, value) -> {
                    if (!promptedByName.containsKey(key(name))) {
                        errors.add("'" + name + "' is not a prompted variable of this deployment.");
                    } else {
                        supplied.put(key(name), value);
                    }
                });
        VariableDictionary dictionary = new VariableDictionary();
        for (Variable v : winners) {
            String value = supplied.getOrDefault(key(v.name()), v.value());
            if (v.prompt() != null && v.prompt().required() && (value == null || value.isBlank())) {
                errors.add(
                        "The prompted variable '"
                                + v.prompt().label()
                                + "' ("
                                + v.name()
                                + ") needs a value.");
            }
            if (v.isSensitive()) {
                dictionary.setSensitive(v.name(), value);
            } else {
                dictionary.set(v.name(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join(" ", errors), errors);
        }
        return dictionary;
    }

    /** The prompted variables that apply, sorted by label as Octopus shows them. */
    public static List<Variable> prompts(List<VariableSet> sets, ScopeContext context) {
        return winners(sets, context).stream()
                .filter(v -> v.prompt() != null)
                .sorted(Comparator.comparing(v -> v.prompt().label().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The weight of the dimensions the scope matches, or -1 when the value does not apply. */
    static int specificity(VariableScope scope, ScopeContext context) {
        int total = 0;
        for (Map.Entry<ScopeDimension, List<String>> entry : scope.values().entrySet()) {
            List<String> ids = entry.getValue();
            int weight =
                    switch (entry.getKey()) {
                        case ACTION -> anyOf(ids, context.actions(), false) ? 256 : -1;
                        case MACHINE -> contains(ids, context.machineId()) ? 128 : -1;
                        case ROLE -> role(ids, context);
                        case TENANT -> contains(ids, context.tenantId()) ? 16 : -1;
                        case TENANT_TAG -> anyOf(ids, context.tenantTags(), true) ? 8 : -1;
                        case ENVIRONMENT -> contains(ids, context.environmentId()) ? 4 : -1;
                        case CHANNEL -> contains(ids, context.channelId()) ? 2 : -1;
                        case PROCESS_OWNER -> contains(ids, context.processOwnerId()) ? 1 : -1;
                    };
            if (weight < 0) {
                return -1;
            }
            total += weight;
        }
        return total;
    }

    private static int role(List<String> tags, ScopeContext context) {
        boolean targeted = false;
        boolean matched = false;
        for (String tag : tags) {
            if (containsIgnoreCase(context.targetTags(), tag)) {
                matched = true;
                targeted |= containsIgnoreCase(context.stepTargetTags(), tag);
            }
        }
        return !matched ? -1 : targeted ? 64 : 32;
    }

    private static boolean contains(List<String> ids, String id) {
        return id != null && ids.contains(id);
    }

    private static boolean anyOf(List<String> ids, Collection<String> present, boolean ignoreCase) {
        for (String id : ids) {
            if (ignoreCase ? containsIgnoreCase(present, id) : present.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(Collection<String> values, String wanted) {
        for (String value : values) {
            if (value.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
