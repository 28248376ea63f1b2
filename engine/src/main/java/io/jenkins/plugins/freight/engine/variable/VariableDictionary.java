package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.template.Bindings;
import io.jenkins.plugins.freight.engine.template.RenderResult;
import io.jenkins.plugins.freight.engine.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one execution: resolved project and library values, system variables the
 * execution adds ({@code Octopus.Environment.Name}, …), and output variables steps set while they
 * run. Values may contain templates ({@code #{Other}}), evaluated on read, recursively; a loop
 * fails with the chain of names. Names are case-insensitive. Not thread-safe: one execution owns
 * it.
 *
 * <p>Values set as sensitive are masked by {@link #masker()} in every log line; {@link #toString()}
 * shows no value.
 */
public final class VariableDictionary {

    private record Entry(String name, String value, boolean sensitive) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> replacedSecrets = new ArrayList<>();
    private Bindings bindings;
    private SecretMasker masker;

    public void set(String name, String value) {
        put(name, value, false);
    }

    public void setSensitive(String name, String value) {
        put(name, value, true);
    }

    private void put(String name, String value, boolean sensitive) {
        String key = VariableResolver.key(name);
        Entry previous = entries.get(key);
        // A secret stays masked after its variable is overwritten: it may already be in use.
        if (previous != null && previous.sensitive() && previous.value() != null) {
            replacedSecrets.add(previous.value());
        }
        entries.put(key, new Entry(name, value, sensitive));
        bindings = null;
        masker = null;
    }

    /**
     * Records an output variable of a step: {@code Octopus.Action[Step].Output.Name}, and with a
     * target also {@code Octopus.Action[Step].Output[Target].Name}.
     */
    public void setOutput(
            String actionName, String targetName, String name, String value, boolean sensitive) {
        String prefix = "Octopus.Action[" + actionName + "].Output";
        put(prefix + "." + name, value, sensitive);
        if (targetName != null) {
            put(prefix + "[" + targetName + "]." + name, value, sensitive);
        }
    }

    public boolean contains(String name) {
        return entries.containsKey(VariableResolver.key(name));
    }

    /** The stored value, templates not evaluated; null when absent. */
    public String getRaw(String name) {
        Entry entry = entries.get(VariableResolver.key(name));
        return entry == null ? null : entry.value();
    }

    /**
     * The value with templates evaluated; null when absent or when it evaluates to no value (the
     * {@code Null} filter). Unresolvable tokens stay as written.
     */
    public String get(String name) {
        String raw = getRaw(name);
        if (raw == null) {
            return null;
        }
        RenderResult result = evaluate(raw);
        return result.nullValue() ? null : result.text();
    }

    /** Evaluates a template against these variables. */
    public RenderResult evaluate(String template) {
        return Template.render(template, bindings());
    }

    /**
     * Octopus's test of a run condition: the expression evaluates completely and the result is
     * truthy (not empty, {@code 0}, {@code False} or {@code No}).
     */
    public boolean evaluateTruthy(String expression) {
        RenderResult result = evaluate(expression);
        return result.isComplete() && !result.nullValue() && Template.isTruthy(result.text());
    }

    /** The variables arranged for template evaluation; rebuilt after a change. */
    public Bindings bindings() {
        if (bindings == null) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Entry entry : visibleEntries()) {
                values.put(entry.name(), entry.value());
            }
            bindings = Bindings.of(values);
        }
        return bindings;
    }

    private List<Entry> visibleEntries() {
        return new ArrayList<>(entries.values());
    }

    /** Names in the order they were first set. */
    public List<String> names() {
        return visibleEntries().stream().map(Entry::name).toList();
    }

    /** Raw values by name, templates not evaluated. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Entry entry : visibleEntries()) {
            map.put(entry.name(), entry.value());
        }
        return map;
    }

    public boolean isSensitive(String name) {
        Entry entry = entries.get(VariableResolver.key(name));
        return entry != null && entry.sensitive();
    }

    /**
     * The values to hide: every sensitive value, as stored and as evaluated, including values that
     * were later overwritten.
     */
    public Set<String> sensitiveValues() {
        Set<String> values = new LinkedHashSet<>(replacedSecrets);
        for (Entry entry : entries.values()) {
            if (entry.sensitive() && entry.value() != null && !entry.value().isEmpty()) {
                values.add(entry.value());
                if (entry.value().contains("#{")) {
                    try {
                        values.add(evaluate(entry.value()).text());
                    } catch (RuntimeException e) {
                        // an unevaluable value is masked as stored
                    }
                }
            }
        }
        return values;
    }

    /** Masks this dictionary's sensitive values; rebuilt after a change. */
    public SecretMasker masker() {
        if (masker == null) {
            masker = SecretMasker.of(sensitiveValues());
        }
        return masker;
    }

    public VariableDictionary copy() {
        VariableDictionary copy = new VariableDictionary();
        copy.entries.putAll(entries);
        copy.replacedSecrets.addAll(replacedSecrets);
        return copy;
    }

    @Override
    public String toString() {
        return "VariableDictionary[" + visibleEntries().size() + " variables]";
    }
}
