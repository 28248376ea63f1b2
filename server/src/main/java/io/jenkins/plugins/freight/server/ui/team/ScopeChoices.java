package io.jenkins.plugins.freight.server.ui.team;

import java.util.List;
import java.util.Map;

/**
 * What a role can be scoped to in a space: environments, projects, project groups and tenants the
 * signed-in user may see, each as id to name (in display order).
 */
public record ScopeChoices(
        Map<String, String> environments,
        Map<String, String> projects,
        Map<String, String> projectGroups,
        Map<String, String> tenants) {

    /** The name of a scope document, or its id when it is not among the choices. */
    public String name(String id) {
        for (Map<String, String> names : List.of(environments, projects, projectGroups, tenants)) {
            String name = names.get(id);
            if (name != null) {
                return name;
            }
        }
        return id;
    }

    /** "All" for an unrestricted list, else the names joined. */
    public String names(List<String> ids) {
        return ids.isEmpty() ? "All" : String.join(", ", ids.stream().map(this::name).toList());
    }
}
