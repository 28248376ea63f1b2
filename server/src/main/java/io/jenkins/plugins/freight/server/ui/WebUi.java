package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.server.ui.dashboard.DashboardPages;
import io.jenkins.plugins.freight.server.ui.environment.EnvironmentPages;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionCards;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionPages;
import io.jenkins.plugins.freight.server.ui.lifecycle.LifecyclePages;
import io.jenkins.plugins.freight.server.ui.login.ApiKeyPasswordCheck;
import io.jenkins.plugins.freight.server.ui.login.LoginPages;
import io.jenkins.plugins.freight.server.ui.login.LoginThrottle;
import io.jenkins.plugins.freight.server.ui.login.Sessions;
import io.jenkins.plugins.freight.server.ui.project.ProjectPages;
import io.jenkins.plugins.freight.server.ui.release.ReleasePages;
import io.jenkins.plugins.freight.server.ui.task.TaskPages;
import java.time.Clock;

/** Assembles the web UI over an engine: sessions, sign-in, and every feature's pages. */
public final class WebUi {

    private WebUi() {}

    /** The dispatcher the servlet hands {@code /app/...} to. */
    public static UiDispatcher create(Engine engine, UiSettings settings) {
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(settings.sessionKey(), settings.sessionLifetime(), clock);
        Access access = new Access(engine.accessPolicy());
        Deployability deployability = new Deployability(access);
        InterventionCards cards = new InterventionCards(engine.tasks(), engine.identity());
        UiRoutes routes = new UiRoutes();
        new LoginPages(
                        sessions,
                        new ApiKeyPasswordCheck(engine.identity()),
                        LoginThrottle.defaults(clock))
                .register(routes);
        new DashboardPages(
                        engine.spaces(),
                        engine.environments(),
                        engine.projects(),
                        engine.deployments(),
                        engine.tasks())
                .register(routes);
        new ProjectPages(
                        engine.projects(),
                        engine.lifecycles(),
                        engine.environments(),
                        engine.releases(),
                        engine.deployments(),
                        deployability)
                .register(routes);
        new ReleasePages(
                        engine.releases(),
                        engine.projects(),
                        engine.channels(),
                        engine.environments(),
                        engine.deployments(),
                        deployability)
                .register(routes);
        new TaskPages(engine.tasks(), cards, access, clock).register(routes);
        new InterventionPages(engine.tasks().interruptions(), cards).register(routes);
        new EnvironmentPages(engine.environments()).register(routes);
        new LifecyclePages(engine.lifecycles(), engine.environments()).register(routes);
        return new UiDispatcher(routes, Templates.precompiled(), sessions, engine.identity());
    }
}
