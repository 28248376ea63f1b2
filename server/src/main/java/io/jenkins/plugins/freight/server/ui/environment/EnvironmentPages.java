package io.jenkins.plugins.freight.server.ui.environment;

import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.execution.HealthChecks;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineFilter;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The environments page: each environment's targets by health, and "Check health". */
public final class EnvironmentPages {

    private final EnvironmentService environments;
    private final MachineService machines;
    private final HealthChecks healthChecks;
    private final Access access;

    public EnvironmentPages(
            EnvironmentService environments,
            MachineService machines,
            HealthChecks healthChecks,
            Access access) {
        this.environments = environments;
        this.machines = machines;
        this.healthChecks = healthChecks;
        this.access = access;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/environments", this::list)
                .post("{space}/environments/{environment}/health", this::checkHealth);
    }

    private void list(UiRequest r) throws IOException {
        boolean seeTargets = access.allows(r.caller(), "MachineView", r.spaceId(), null, null);
        boolean canCheck =
                seeTargets
                        && access.allows(
                                r.caller(), HealthChecks.PERMISSION, r.spaceId(), null, null);
        List<Machine> targets =
                seeTargets
                        ? machines.list(
                                        r.caller(),
                                        r.spaceId(),
                                        ListQuery.all(),
                                        new MachineFilter(List.of(), List.of(), List.of(), null))
                                .items()
                        : List.of();
        r.render(
                "environment/list.jte",
                new EnvironmentsPage(
                        r.frame("Environments", "environments"),
                        environments.all(r.caller(), r.spaceId()).stream()
                                .map(
                                        e -> {
                                            List<Machine> here =
                                                    targets.stream()
                                                            .filter(
                                                                    m ->
                                                                            m.environmentIds()
                                                                                    .contains(
                                                                                            e.id()))
                                                            .toList();
                                            return new EnvironmentsPage.Line(
                                                    e.id(),
                                                    e.name(),
                                                    e.description() == null ? "" : e.description(),
                                                    e.useGuidedFailure(),
                                                    seeTargets ? summary(here) : "",
                                                    canCheck && !here.isEmpty());
                                        })
                                .toList()));
    }

    /** "2 targets: 1 Healthy, 1 Unavailable", counting enabled and disabled targets alike. */
    static String summary(List<Machine> targets) {
        if (targets.isEmpty()) {
            return "No targets";
        }
        Map<HealthStatus, Integer> counts = new EnumMap<>(HealthStatus.class);
        targets.forEach(m -> counts.merge(m.health().status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status.octopusName()));
        return targets.size()
                + (targets.size() == 1 ? " target: " : " targets: ")
                + String.join(", ", parts);
    }

    /** Queues a Health task for the environment's enabled targets and shows it. */
    private void checkHealth(UiRequest r) {
        ServerTask task =
                healthChecks.queue(r.caller(), r.spaceId(), r.path("environment"), List.of(), null);
        r.redirect(r.links().task(r.spaceId(), task.id()));
    }
}
