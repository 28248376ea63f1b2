package io.jenkins.plugins.freight.server;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.server.http.ApiDispatcher;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.interruptions.InterruptionsResource;
import io.jenkins.plugins.freight.server.ops.HealthCheck;
import io.jenkins.plugins.freight.server.ops.ServerMetrics;
import io.jenkins.plugins.freight.server.ops.TaskGauges;
import io.jenkins.plugins.freight.server.root.RootResource;
import io.jenkins.plugins.freight.server.spaces.SpaceDirectory;
import io.jenkins.plugins.freight.server.spaces.SpacesResource;
import io.jenkins.plugins.freight.server.tasks.TasksResource;
import io.jenkins.plugins.freight.server.users.UsersResource;
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
        new UsersResource(engine.identity(), clock).register(router);
        new SpacesResource(engine.spaces(), engine.identity()).register(router);
        new TasksResource(engine.tasks(), clock, settings.maxFollowWait()).register(router);
        new InterruptionsResource(engine.tasks().interruptions(), engine.identity())
                .register(router);
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
                api, new HealthCheck(engine.database(), engine.settings().nodeName()), metrics);
    }

    /** Freight's own version, from the jar manifest; {@code development} when run from classes. */
    static String freightVersion() {
        String version = FreightApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
