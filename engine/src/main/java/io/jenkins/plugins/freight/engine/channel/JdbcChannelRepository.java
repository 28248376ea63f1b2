package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Channels in table {@code channels}; names and slugs are unique per project. */
public final class JdbcChannelRepository implements ChannelRepository {

    private final DocumentTable<Channel> table =
            new DocumentTable<>("channels", Channel.class, "name_lower, id");

    @Override
    public Optional<Channel> find(Handle handle, String spaceId, String id) {
        return table.find(handle, spaceId, id);
    }

    @Override
    public Optional<Channel> findInProject(
            Handle handle, String spaceId, String projectId, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Filter project = Filter.eq("project_id", projectId);
        for (Filter by :
                List.of(
                        Filter.eq("id", reference),
                        Filter.eq("slug", reference),
                        Filter.eq("name_lower", Names.key(reference)))) {
            List<Channel> found = table.listAll(handle, spaceId, project, by);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    @Override
    public Page<Channel> list(Handle handle, String spaceId, ListQuery query, String projectId) {
        return projectId == null
                ? table.list(handle, spaceId, query)
                : table.list(handle, spaceId, query, Filter.eq("project_id", projectId));
    }

    @Override
    public List<Channel> ofProject(Handle handle, String spaceId, String projectId) {
        return table.listAll(handle, spaceId, Filter.eq("project_id", projectId));
    }

    @Override
    public List<String> missingInProject(
            Handle handle, String spaceId, String projectId, Collection<String> ids) {
        List<String> own = ofProject(handle, spaceId, projectId).stream().map(Channel::id).toList();
        return ids.stream().filter(id -> !own.contains(id)).distinct().toList();
    }

    @Override
    public DocumentTable<Channel> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Channel channel) {
        table.insert(handle, columns(channel), () -> clash(channel));
    }

    @Override
    public void update(Handle handle, Channel channel) {
        table.update(handle, channel.spaceId(), columns(channel), null, () -> clash(channel));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(Channel c) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", c.id());
        columns.put("space_id", c.spaceId());
        columns.put("project_id", c.projectId());
        columns.put("name", c.name());
        columns.put("name_lower", Names.key(c.name()));
        columns.put("slug", c.slug());
        columns.put("is_default", c.isDefault());
        columns.put("lifecycle_id", c.lifecycleId());
        columns.put("document", Documents.write(c));
        return columns;
    }

    private static ConflictException clash(Channel c) {
        return new ConflictException(
                "Another channel named '"
                        + c.name()
                        + "' was saved in this project at the same time.");
    }
}
