package io.jenkins.plugins.freight.client;

import io.jenkins.plugins.freight.client.buildinfo.BuildInformationApi;
import io.jenkins.plugins.freight.client.deployment.DeploymentApi;
import io.jenkins.plugins.freight.client.discovery.RootDocument;
import io.jenkins.plugins.freight.client.discovery.ServerCompatibility;
import io.jenkins.plugins.freight.client.environment.EnvironmentApi;
import io.jenkins.plugins.freight.client.interruption.InterruptionApi;
import io.jenkins.plugins.freight.client.packages.PackageApi;
import io.jenkins.plugins.freight.client.plan.DeploymentPlanApi;
import io.jenkins.plugins.freight.client.project.ProjectApi;
import io.jenkins.plugins.freight.client.release.ReleaseApi;
import io.jenkins.plugins.freight.client.space.Space;
import io.jenkins.plugins.freight.client.space.SpaceResolver;
import io.jenkins.plugins.freight.client.task.TaskApi;
import io.jenkins.plugins.freight.client.tenant.TenantApi;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * A client for one Freight or Octopus Deploy server and one space, built once from {@link
 * ConnectionSettings} and immutable after (the root document and the space are looked up on first
 * use and remembered). Thread-safe; close it to release its connections.
 *
 * <pre>{@code
 * try (FreightClient client = FreightClient.create(ConnectionSettings.of(url, apiKey))) {
 *     Project project = client.projects().get("Random Quotes");
 * }
 * }</pre>
 */
public final class FreightClient implements AutoCloseable {

    private final ConnectionSettings settings;
    private final Transport transport;
    private final Memo<RootDocument> root;
    private final Memo<Space> space;

    private FreightClient(ConnectionSettings settings, Consumer<String> requestLog) {
        this.settings = settings;
        this.transport = Transport.create(settings, requestLog);
        this.root =
                new Memo<>(
                        () ->
                                ServerCompatibility.require(
                                        transport.get(transport.url("api"), RootDocument.class),
                                        settings.serverUrl().toString()));
        this.space = new Memo<>(() -> new SpaceResolver(transport).resolve(settings.space()));
    }

    /** A client; nothing is sent until the first call. */
    public static FreightClient create(ConnectionSettings settings) {
        return new FreightClient(settings, null);
    }

    /**
     * A client that writes one line per HTTP attempt to {@code requestLog} (method, address,
     * status, time; never headers or bodies).
     */
    public static FreightClient create(ConnectionSettings settings, Consumer<String> requestLog) {
        return new FreightClient(settings, requestLog);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** The HTTP layer, for API classes. */
    public Transport transport() {
        return transport;
    }

    /**
     * The server's root document, checked for compatibility (REST API 3.x, Octopus 2022.3 or
     * newer). Fetched once.
     */
    public RootDocument root() {
        return root.get();
    }

    /** The space this client works in, resolved by name or id (or the default space). */
    public Space space() {
        return space.get();
    }

    /**
     * An address inside the space: {@code spaceUrl("projects")} is {@code /api/Spaces-1/projects}.
     */
    public HttpUrl spaceUrl(String... segments) {
        HttpUrl.Builder builder = transport.url("api", space().id()).newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    /** For messages: "in space 'Default'". */
    public String inSpace() {
        return "in space '" + space().name() + "'";
    }

    /** The web page a resource's {@code Web} link points to, if it has one. */
    public Optional<URI> webPage(Map<String, String> links) {
        String web = links == null ? null : links.get("Web");
        return web == null ? Optional.empty() : Optional.of(transport.link(web).uri());
    }

    public ProjectApi projects() {
        return new ProjectApi(this);
    }

    public EnvironmentApi environments() {
        return new EnvironmentApi(this);
    }

    public TenantApi tenants() {
        return new TenantApi(this);
    }

    public ReleaseApi releases() {
        return new ReleaseApi(this);
    }

    public DeploymentApi deployments() {
        return new DeploymentApi(this);
    }

    public TaskApi tasks() {
        return new TaskApi(this);
    }

    public InterruptionApi interruptions() {
        return new InterruptionApi(this);
    }

    public PackageApi packages() {
        return new PackageApi(this);
    }

    /** Deployment plans (a Freight extension). */
    public DeploymentPlanApi deploymentPlans() {
        return new DeploymentPlanApi(this);
    }

    public BuildInformationApi buildInformation() {
        return new BuildInformationApi(this);
    }

    /** Freight's declarative configuration of a space (not offered by Octopus Deploy). */
    public io.jenkins.plugins.freight.client.apply.ApplyApi apply() {
        return new io.jenkins.plugins.freight.client.apply.ApplyApi(this);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "FreightClient[" + settings.serverUrl() + ", space=" + settings.space() + "]";
    }
}
