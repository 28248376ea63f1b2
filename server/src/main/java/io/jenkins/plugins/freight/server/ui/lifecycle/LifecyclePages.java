package io.jenkins.plugins.freight.server.ui.lifecycle;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The lifecycles page. */
public final class LifecyclePages {

    private final LifecycleService lifecycles;
    private final EnvironmentService environments;

    public LifecyclePages(LifecycleService lifecycles, EnvironmentService environments) {
        this.lifecycles = lifecycles;
        this.environments = environments;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/lifecycles", this::list);
    }

    private void list(UiRequest r) throws IOException {
        Caller caller = r.caller();
        String space = r.spaceId();
        Map<String, String> names =
                environments.all(caller, space).stream()
                        .collect(Collectors.toMap(Environment::id, Environment::name));
        List<LifecyclesPage.LifecycleView> views =
                lifecycles.list(caller, space, ListQuery.all()).items().stream()
                        .map(l -> view(caller, space, l, names))
                        .toList();
        r.render(
                "lifecycle/list.jte",
                new LifecyclesPage(r.frame("Lifecycles", "lifecycles"), views));
    }

    private LifecyclesPage.LifecycleView view(
            Caller caller, String space, Lifecycle lifecycle, Map<String, String> names) {
        List<LifecyclesPage.PhaseView> phases =
                lifecycles.effectivePhases(caller, space, lifecycle.id()).stream()
                        .map(
                                p ->
                                        new LifecyclesPage.PhaseView(
                                                p.name(),
                                                p.isOptionalPhase(),
                                                p.minimumEnvironmentsBeforePromotion(),
                                                named(p.automaticDeploymentTargets(), names),
                                                named(p.optionalDeploymentTargets(), names)))
                        .toList();
        return new LifecyclesPage.LifecycleView(
                lifecycle.name(),
                lifecycle.description() == null ? "" : lifecycle.description(),
                phases);
    }

    private static List<String> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
