package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which navigation entries a signed-in user is offered: the everyday pages always (their lists are
 * filtered by the engine), the others only when the engine's access policy says the user holds a
 * permission that opens them. Hiding a link is a courtesy: the pages still ask the engine.
 */
public final class Navigation {

    /** A section and the permissions (any of them, in the space or at system level) it needs. */
    private record Entry(String section, boolean systemLevel, List<String> permissions) {}

    private static final List<String> ALWAYS =
            List.of("dashboard", "tasks", "interventions", "environments", "lifecycles");

    private static final List<Entry> GUARDED =
            List.of(
                    new Entry("plans", false, List.of("DeploymentPlanEdit", "DeploymentView")),
                    new Entry("audit", false, List.of("EventView")),
                    new Entry("users", true, List.of("UserView")),
                    new Entry("teams", false, List.of("TeamView")),
                    new Entry("roles", true, List.of("UserRoleView")));

    private final Access access;

    public Navigation(AccessPolicy policy) {
        this.access = new Access(policy);
    }

    /** The sections {@code caller} is offered in the space (none when nobody is signed in). */
    public Set<String> sections(Caller caller, String spaceId) {
        if (caller == null) {
            return Set.of();
        }
        Set<String> sections = new LinkedHashSet<>(ALWAYS);
        for (Entry entry : GUARDED) {
            String where = entry.systemLevel() ? null : spaceId;
            if (entry.permissions().stream()
                    .anyMatch(p -> access.allows(caller, p, where, null, null))) {
                sections.add(entry.section());
            }
        }
        return sections;
    }
}
