package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.server.ui.audit.AuditPages;
import io.jenkins.plugins.freight.server.ui.dashboard.DashboardPages;
import io.jenkins.plugins.freight.server.ui.environment.EnvironmentPages;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionCards;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionPages;
import io.jenkins.plugins.freight.server.ui.lifecycle.LifecyclePages;
import io.jenkins.plugins.freight.server.ui.login.ApiKeySignIn;
import io.jenkins.plugins.freight.server.ui.login.LoginPages;
import io.jenkins.plugins.freight.server.ui.login.Sessions;
import io.jenkins.plugins.freight.server.ui.plan.PlanPages;
import io.jenkins.plugins.freight.server.ui.project.ProjectPages;
import io.jenkins.plugins.freight.server.ui.release.ReleasePages;
import io.jenkins.plugins.freight.server.ui.role.RolePages;
import io.jenkins.plugins.freight.server.ui.task.TaskPages;
import io.jenkins.plugins.freight.server.ui.team.TeamPages;
import io.jenkins.plugins.freight.server.ui.user.UserPages;
import java.time.Clock;

/** Assembles the web UI over an engine: sessions, sign-in, and every feature's pages. */
public final class WebUi {

    private WebUi() {}

    /** The dispatcher the servlet hands {@code /app/...} to. */
    public static UiDispatcher create(Engine engine, UiSettings settings) {
        Clock clock = Clock.systemUTC();
        Sessions sessions =
                new Sessions(
                        engine.serverKeys().webSessionKey(), settings.sessionLifetime(), clock);
        Access access = new Access(engine.accessPolicy());
        Deployability deployability = new Deployability(access);
        InterventionCards cards = new InterventionCards(engine.tasks(), engine.identity());
        UiRoutes routes = new UiRoutes();
        new LoginPages(sessions, engine.security().signIn()).register(routes);
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
        new EnvironmentPages(
                        engine.environments(), engine.machines(), engine.healthChecks(), access)
                .register(routes);
        new LifecyclePages(engine.lifecycles(), engine.environments()).register(routes);
        new UserPages(
                        engine.identity(),
                        engine.security().signIn(),
                        engine.security().permissions(),
                        engine.accessPolicy())
                .register(routes);
        new TeamPages(
                        engine.security().teams(),
                        engine.security().scopedUserRoles(),
                        engine.security().userRoles(),
                        engine.identity(),
                        engine.environments(),
                        engine.projects(),
                        engine.projectGroups(),
                        engine.tenants(),
                        engine.accessPolicy())
                .register(routes);
        new RolePages(engine.security().userRoles(), engine.accessPolicy()).register(routes);
        new AuditPages(
                        engine.audit(),
                        engine.identity(),
                        engine.environments(),
                        engine.projects(),
                        clock)
                .register(routes);
        new PlanPages(
                        engine.plans(),
                        engine.environments(),
                        engine.projects(),
                        engine.releases(),
                        engine.accessPolicy())
                .register(routes);
        return new UiDispatcher(
                routes,
                Templates.precompiled(),
                sessions,
                engine.security().signIn(),
                new ApiKeySignIn(engine.identity(), engine.security().signIn(), sessions),
                new Navigation(engine.accessPolicy()));
    }
}
