package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelListener;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.stream.Collectors;

/**
 * Refuses deleting a channel that still has releases, as Octopus does: a release's channel decides
 * its lifecycle and package rules, so the release would be left without them.
 */
final class ChannelReleases implements ChannelListener {

    private static final int NAMED_AT_MOST = 3;

    private final ReleaseRepository releases;

    ChannelReleases(ReleaseRepository releases) {
        this.releases = releases;
    }

    @Override
    public void deleting(org.jdbi.v3.core.Handle handle, Channel channel) {
        Page<Release> page =
                releases.listByProject(
                        handle, channel.projectId(), channel.id(), null, 0, NAMED_AT_MOST);
        if (page.totalResults() == 0) {
            return;
        }
        String versions =
                page.items().stream().map(Release::version).collect(Collectors.joining(", "));
        long more = page.totalResults() - page.items().size();
        throw new ConflictException(
                "Channel '"
                        + channel.name()
                        + "' has "
                        + page.totalResults()
                        + (page.totalResults() == 1 ? " release" : " releases")
                        + " ("
                        + versions
                        + (more > 0 ? " and " + more + " more" : "")
                        + ") and cannot be deleted while they exist.");
    }
}
