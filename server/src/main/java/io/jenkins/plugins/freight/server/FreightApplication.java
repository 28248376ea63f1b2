package io.jenkins.plugins.freight.server;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.server.accounts.AccountsResource;
import io.jenkins.plugins.freight.server.apply.ApplyResource;
import io.jenkins.plugins.freight.server.buildinformation.BuildInformationResource;
import io.jenkins.plugins.freight.server.channels.ChannelRuleTestResource;
import io.jenkins.plugins.freight.server.channels.ChannelsResource;
import io.jenkins.plugins.freight.server.deployments.DeploymentsResource;
import io.jenkins.plugins.freight.server.environments.EnvironmentsResource;
import io.jenkins.plugins.freight.server.events.EventsResource;
import io.jenkins.plugins.freight.server.feeds.FeedsResource;
import io.jenkins.plugins.freight.server.http.ApiDispatcher;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.interruptions.InterruptionsResource;
import io.jenkins.plugins.freight.server.libraryvariablesets.LibraryVariableSetsResource;
import io.jenkins.plugins.freight.server.lifecycles.LifecycleProjectsResource;
import io.jenkins.plugins.freight.server.lifecycles.LifecyclesResource;
import io.jenkins.plugins.freight.server.machines.MachineDiscoveryResource;
import io.jenkins.plugins.freight.server.machines.MachinesResource;
import io.jenkins.plugins.freight.server.ops.HealthCheck;
import io.jenkins.plugins.freight.server.ops.ServerMetrics;
import io.jenkins.plugins.freight.server.ops.TaskGauges;
import io.jenkins.plugins.freight.server.packages.PackagesResource;
import io.jenkins.plugins.freight.server.plans.DeploymentPlansResource;
import io.jenkins.plugins.freight.server.processes.ProcessesResource;
import io.jenkins.plugins.freight.server.processes.ReleaseTemplateResource;
import io.jenkins.plugins.freight.server.projectgroups.ProjectGroupsResource;
import io.jenkins.plugins.freight.server.projects.ProjectsResource;
import io.jenkins.plugins.freight.server.releases.ReleaseProgressResource;
import io.jenkins.plugins.freight.server.releases.ReleasesResource;
import io.jenkins.plugins.freight.server.root.RootResource;
import io.jenkins.plugins.freight.server.smtp.SmtpConfigurationResource;
import io.jenkins.plugins.freight.server.spaces.SpaceDirectory;
import io.jenkins.plugins.freight.server.spaces.SpacesResource;
import io.jenkins.plugins.freight.server.tasks.MachineTasksResource;
import io.jenkins.plugins.freight.server.tasks.TaskCreationResource;
import io.jenkins.plugins.freight.server.tasks.TasksResource;
import io.jenkins.plugins.freight.server.teams.TeamsResource;
import io.jenkins.plugins.freight.server.teams.UserRolesResource;
import io.jenkins.plugins.freight.server.tenants.TenantsResource;
import io.jenkins.plugins.freight.server.ui.UiSettings;
import io.jenkins.plugins.freight.server.ui.WebUi;
import io.jenkins.plugins.freight.server.users.UsersResource;
import io.jenkins.plugins.freight.server.variables.VariablePreviewResource;
import io.jenkins.plugins.freight.server.variables.VariablesResource;
import io.jenkins.plugins.freight.server.workers.WorkerPoolsResource;
import io.jenkins.plugins.freight.server.workers.WorkersResource;
import java.time.Clock;

/** Assembles the HTTP face over an engine: every resource's routes, one servlet. */
public final class FreightApplication {

    private FreightApplication() {}

    /** The servlet serving the API, health and metrics of this engine. */
    public static FreightServlet servlet(Engine engine, ServerSettings settings) {
        Clock clock = Clock.systemUTC();
        SpaceDirectory spaces = new SpaceDirectory(engine.spaces());
        Router router = new Router();
        RootResource root =
                new RootResource(spaces, engine.identity()::installationId, freightVersion());
        root.register(router);
        new UsersResource(engine.identity(), engine.security().signIn(), clock).register(router);
        new SpacesResource(engine.spaces(), engine.identity()).register(router);
        new EnvironmentsResource(engine.environments()).register(router);
        new ProjectGroupsResource(engine.projectGroups()).register(router);
        new LifecyclesResource(engine.lifecycles()).register(router);
        new ProjectsResource(engine.projects()).register(router);
        new ChannelsResource(engine.channels()).register(router);
        new TenantsResource(engine.tenants()).register(router);
        new AccountsResource(engine.accounts()).register(router);
        new MachinesResource(engine.machines()).register(router);
        new WorkerPoolsResource(engine.workerPools(), engine.workers()).register(router);
        new WorkersResource(engine.workers()).register(router);
        new MachineDiscoveryResource(engine.machineDiscovery()).register(router);
        new MachineTasksResource(engine.machines(), engine.taskMachines(), clock).register(router);
        new ProcessesResource(engine.processes()).register(router);
        new PackagesResource(engine.feed()).register(router);
        new BuildInformationResource(engine.buildInformation()).register(router);
        new VariablesResource(engine).register(router);
        new VariablePreviewResource(engine).register(router);
        new LibraryVariableSetsResource(engine.variables()).register(router);
        new ReleasesResource(engine.releases(), engine.channels()).register(router);
        new DeploymentsResource(engine.deployments(), engine.releases()).register(router);
        new TasksResource(engine.tasks(), clock, settings.maxFollowWait()).register(router);
        new TaskCreationResource(engine.healthChecks(), clock).register(router);
        new InterruptionsResource(engine.tasks().interruptions(), engine.identity())
                .register(router);
        // security, audit and deployment plans (Freight extension)
        new TeamsResource(engine.security().teams(), engine.security().scopedUserRoles())
                .register(router);
        new UserRolesResource(
                        engine.security().userRoles(),
                        engine.security().permissions(),
                        engine.security().teams())
                .register(router);
        new EventsResource(engine.audit()).register(router);
        new DeploymentPlansResource(engine.plans()).register(router);
        // reference data and templates clients read before they create releases and deployments
        new FeedsResource(engine.feed()).register(router);
        new ReleaseTemplateResource(engine.processes(), engine.projects(), engine.releases())
                .register(router);
        new ReleaseProgressResource(engine.releases(), engine.deployments(), engine.processes())
                .register(router);
        new LifecycleProjectsResource(engine.lifecycles(), engine.projects()).register(router);
        new ChannelRuleTestResource().register(router);
        new SmtpConfigurationResource(engine.smtp()).register(router);
        new ApplyResource(engine.apply()).register(router);
        ApiDispatcher api =
                new ApiDispatcher(
                        router,
                        root.rootDocument(),
                        engine.identity()::authenticate,
                        spaces,
                        settings.maxJsonBytes());
        ServerMetrics metrics = new ServerMetrics();
        TaskGauges.register(metrics, engine.tasks());
        return new FreightServlet(
                api,
                new HealthCheck(engine.database(), engine.settings().nodeName()),
                metrics,
                WebUi.create(engine, UiSettings.defaults()));
    }

    /** Freight's own version, from the jar manifest; {@code development} when run from classes. */
    static String freightVersion() {
        String version = FreightApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
