package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.variable.ScopeContext;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableResolver;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.variable.VariableSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The values supplied for a deployment's prompted variables: which prompts apply (from the
 * release's variable snapshot, for the environment, channel and tenant), whether every required one
 * has a value, and how they are stored. Values of sensitive prompts are stored encrypted only.
 */
final class PromptedValues {

    /** Which prompt control makes a value sensitive even when the variable is not. */
    private static final String CONTROL_TYPE = "Octopus.ControlType";

    private final VariableService variables;
    private final SecretCipher cipher;

    PromptedValues(VariableService variables, SecretCipher cipher) {
        this.variables = variables;
        this.cipher = cipher;
    }

    /** The values of one deployment: plain ones by name, and sensitive ones by name, encrypted. */
    record Values(Map<String, String> plain, Map<String, String> sealed) {}

    /**
     * Checks and seals the values for one deployment.
     *
     * @param snapshots the variable snapshots read so far in this request, by id
     * @param used collects the supplied keys some prompt of this deployment took
     */
    Values of(
            Handle h,
            DeploymentTarget target,
            Map<String, String> supplied,
            Map<String, VariableSnapshot> snapshots,
            Set<String> used,
            List<String> errors) {
        Release release = target.release();
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> sealed = new LinkedHashMap<>();
        if (release.variableSnapshotId() == null) {
            return new Values(plain, sealed);
        }
        VariableSnapshot snapshot =
                snapshots.computeIfAbsent(
                        release.variableSnapshotId(), id -> variables.getSnapshot(h, id));
        ScopeContext context =
                ScopeContext.deployment(
                        target.environment().id(),
                        release.channelId(),
                        target.tenantId(),
                        target.tenant() == null
                                ? Set.of()
                                : Set.copyOf(target.tenant().tenantTags()),
                        release.projectId());
        for (Variable prompt : VariableResolver.prompts(snapshot.sets(), context)) {
            String key = keyFor(prompt, supplied);
            String value = key == null ? null : supplied.get(key);
            if (key != null) {
                used.add(key);
            }
            if (value == null || value.isBlank()) {
                if (prompt.prompt().required()) {
                    errors.add(
                            "The prompted variable '"
                                    + prompt.prompt().label()
                                    + "' ("
                                    + prompt.name()
                                    + ") needs a value.");
                }
                continue;
            }
            if (isSensitive(prompt)) {
                sealed.put(prompt.name(), cipher.encrypt(value));
            } else {
                plain.put(prompt.name(), value);
            }
        }
        return new Values(plain, sealed);
    }

    /** Supplied keys no prompt took: each is an error. */
    static void reportUnused(Map<String, String> supplied, Set<String> used, List<String> errors) {
        for (String key : supplied.keySet()) {
            if (!used.contains(key)) {
                errors.add("'" + key + "' is not a prompted variable of this deployment.");
            }
        }
    }

    /** The plain and decrypted values of a stored deployment, by variable name. */
    Map<String, String> decrypted(Deployment deployment) {
        Map<String, String> values = new LinkedHashMap<>(deployment.formValues());
        deployment
                .sensitiveFormValues()
                .forEach((name, sealedValue) -> values.put(name, cipher.decrypt(sealedValue)));
        return values;
    }

    private static boolean isSensitive(Variable v) {
        return v.isSensitive()
                || "Sensitive".equalsIgnoreCase(v.prompt().displaySettings().get(CONTROL_TYPE));
    }

    /** The supplied key naming the variable: its name (any case) or its id. */
    private static String keyFor(Variable v, Map<String, String> supplied) {
        String wanted = v.name().toLowerCase(Locale.ROOT);
        for (String key : supplied.keySet()) {
            if (key.toLowerCase(Locale.ROOT).equals(wanted) || key.equals(v.id())) {
                return key;
            }
        }
        return null;
    }
}
