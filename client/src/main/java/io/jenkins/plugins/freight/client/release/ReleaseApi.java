package io.jenkins.plugins.freight.client.release;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import io.jenkins.plugins.freight.client.project.Channel;
import io.jenkins.plugins.freight.client.project.Project;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;
import java.util.Optional;

/** Releases. */
public final class ReleaseApi {

    private final FreightClient client;

    public ReleaseApi(FreightClient client) {
        this.client = client;
    }

    /** Creates a release through the executions API ({@code releases/create/v1}). */
    public CreatedRelease create(CreateReleaseCommand command) {
        return client.transport()
                .post(client.spaceUrl("releases", "create", "v1"), command, CreatedRelease.class);
    }

    public Release get(String releaseId) {
        return client.transport().get(client.spaceUrl("releases", releaseId), Release.class);
    }

    /** The project's release with exactly that version. */
    public Release byVersion(Project project, String version) {
        try {
            return client.transport()
                    .get(
                            client.spaceUrl("projects", project.id(), "releases", version),
                            Release.class);
        } catch (ResourceNotFoundException e) {
            throw new ResourceNotFoundException(
                    "Project '" + project.name() + "' has no release " + version + ".",
                    404,
                    e.serverMessage(),
                    List.of());
        }
    }

    /** The newest release of the project, or of one of its channels when {@code channel} is set. */
    public Optional<Release> latest(Project project, Channel channel) {
        var url =
                channel == null
                        ? client.spaceUrl("projects", project.id(), "releases")
                        : client.spaceUrl("channels", channel.id(), "releases");
        ResourceCollection<Release> page =
                client.transport()
                        .get(
                                url.newBuilder()
                                        .addQueryParameter("skip", "0")
                                        .addQueryParameter("take", "1")
                                        .build(),
                                Transport.collectionOf(Release.class));
        return page.items().stream().findFirst();
    }
}
