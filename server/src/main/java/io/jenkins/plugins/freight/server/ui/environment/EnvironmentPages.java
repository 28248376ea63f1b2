package io.jenkins.plugins.freight.server.ui.environment;

import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;

/** The environments page. */
public final class EnvironmentPages {

    private final EnvironmentService environments;

    public EnvironmentPages(EnvironmentService environments) {
        this.environments = environments;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/environments", this::list);
    }

    private void list(UiRequest r) throws IOException {
        r.render(
                "environment/list.jte",
                new EnvironmentsPage(
                        r.frame("Environments", "environments"),
                        environments.all(r.caller(), r.spaceId()).stream()
                                .map(
                                        e ->
                                                new EnvironmentsPage.Line(
                                                        e.name(),
                                                        e.description() == null
                                                                ? ""
                                                                : e.description(),
                                                        e.useGuidedFailure()))
                                .toList()));
    }
}
