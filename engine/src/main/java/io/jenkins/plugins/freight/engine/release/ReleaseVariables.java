package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.variable.ScopeContext;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableResolver;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.variable.VariableSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/** The variables a release freezes, and the ones its version template may use. */
final class ReleaseVariables {

    private final VariableService variables;

    ReleaseVariables(VariableService variables) {
        this.variables = variables;
    }

    /**
     * Freezes the project's variables and those of the library variable sets it includes (in its
     * order of precedence); returns the snapshot id.
     */
    String snapshot(Handle h, Project project) {
        ensureProjectSet(h, project);
        List<String> owners = new ArrayList<>();
        owners.add(project.id());
        owners.addAll(project.includedLibraryVariableSetIds());
        String[] ids = owners.toArray(String[]::new);
        // Snapshot ids end in a short random code; on the rare clash, take another one.
        for (int attempt = 1; ; attempt++) {
            String savepoint = "variable_snapshot";
            h.savepoint(savepoint);
            try {
                String id = variables.snapshot(h, ids);
                h.release(savepoint);
                return id;
            } catch (JdbiException e) {
                if (attempt == 5 || !JdbcReleaseRepository.isUniqueViolation(e)) {
                    throw e;
                }
                h.rollbackToSavepoint(savepoint);
            }
        }
    }

    /**
     * A project that never had a variable saved may have no set yet; it gets an empty one (a
     * savepoint lets a concurrent creation of the same set win without failing this transaction).
     */
    private void ensureProjectSet(Handle h, Project project) {
        String savepoint = "project_variable_set";
        h.savepoint(savepoint);
        try {
            variables.createSet(h, project.spaceId(), project.id());
            h.release(savepoint);
        } catch (JdbiException e) {
            if (!JdbcReleaseRepository.isUniqueViolation(e)) {
                throw e;
            }
            h.rollbackToSavepoint(savepoint); // the other transaction created it
        }
    }

    /**
     * The non-sensitive variables of the snapshot that apply without an environment (unscoped, or
     * scoped to the release's channel), by name: what a version template may use.
     */
    Map<String, String> forVersionTemplate(
            Handle h, String snapshotId, Project project, Channel channel) {
        VariableSnapshot snapshot = variables.getSnapshot(h, snapshotId);
        ScopeContext context =
                ScopeContext.deployment(null, channel.id(), null, null, project.id());
        Map<String, String> values = new LinkedHashMap<>();
        for (Variable v : VariableResolver.winners(snapshot.sets(), context)) {
            if (!v.isSensitive() && v.value() != null) {
                values.put(v.name(), v.value());
            }
        }
        return values;
    }
}
