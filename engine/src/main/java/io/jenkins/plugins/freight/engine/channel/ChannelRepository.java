package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of channels; every lookup is within one space. */
public interface ChannelRepository {

    Optional<Channel> find(Handle handle, String spaceId, String id);

    /** A project's channel by id, slug or exact (case-insensitive) name. */
    Optional<Channel> findInProject(
            Handle handle, String spaceId, String projectId, String reference);

    /** By name; {@code projectId} null means every project of the space. */
    Page<Channel> list(Handle handle, String spaceId, ListQuery query, String projectId);

    List<Channel> ofProject(Handle handle, String spaceId, String projectId);

    /** Of these ids, those that are not channels of the project. */
    List<String> missingInProject(
            Handle handle, String spaceId, String projectId, Collection<String> ids);

    DocumentTable<Channel> table();

    void insert(Handle handle, Channel channel);

    void update(Handle handle, Channel channel);

    boolean delete(Handle handle, String spaceId, String id);
}
