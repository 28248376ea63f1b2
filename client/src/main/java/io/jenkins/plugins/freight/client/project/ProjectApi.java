package io.jenkins.plugins.freight.client.project;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import io.jenkins.plugins.freight.client.transport.NameOrIdLookup;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;

/** Projects and their channels. */
public final class ProjectApi {

    private final FreightClient client;

    public ProjectApi(FreightClient client) {
        this.client = client;
    }

    /** The project with that name (exact, then ignoring case) or id. */
    public Project get(String nameOrId) {
        return new NameOrIdLookup<>(
                        client.transport(), "Project", "Projects", Project.class, Project::name)
                .find(client.spaceUrl("projects"), nameOrId, client.inSpace());
    }

    /** The project's channel with that name or id. */
    public Channel channel(Project project, String nameOrId) {
        NameOrIdLookup<Channel> lookup =
                new NameOrIdLookup<>(
                        client.transport(), "Channel", "Channels", Channel.class, Channel::name);
        String where = "in project '" + project.name() + "'";
        if (nameOrId != null && nameOrId.trim().matches("(?i)Channels-\\d+")) {
            Channel channel = lookup.find(client.spaceUrl("channels"), nameOrId, where);
            if (channel.projectId() != null && !project.id().equals(channel.projectId())) {
                throw new ResourceNotFoundException(
                        "Channel '" + nameOrId.trim() + "' was not found " + where + ".",
                        404,
                        null,
                        List.of());
            }
            return channel;
        }
        return lookup.find(client.spaceUrl("projects", project.id(), "channels"), nameOrId, where);
    }

    /** Every channel of the project. */
    public List<Channel> channels(Project project) {
        ResourceCollection<Channel> page =
                client.transport()
                        .get(
                                client.spaceUrl("projects", project.id(), "channels")
                                        .newBuilder()
                                        .addQueryParameter("take", "2147483647")
                                        .build(),
                                Transport.collectionOf(Channel.class));
        return page.items();
    }
}
