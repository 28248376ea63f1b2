package io.jenkins.plugins.freight.engine.process;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Answers which of some channel ids are not channels of a project (wired to the channels). */
@FunctionalInterface
public interface ChannelMembership {

    List<String> missing(
            Handle handle, String spaceId, String projectId, Collection<String> channelIds);
}
