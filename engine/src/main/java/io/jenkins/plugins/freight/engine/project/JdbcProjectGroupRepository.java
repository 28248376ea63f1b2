package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Project groups in table {@code project_groups}. */
public final class JdbcProjectGroupRepository implements ProjectGroupRepository {

    private final DocumentTable<ProjectGroup> table =
            new DocumentTable<>("project_groups", ProjectGroup.class, "name_lower, id");

    @Override
    public Optional<ProjectGroup> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<ProjectGroup> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public DocumentTable<ProjectGroup> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, ProjectGroup group) {
        table.insert(handle, columns(group), () -> clash(group));
    }

    @Override
    public void update(Handle handle, ProjectGroup group) {
        table.update(handle, group.spaceId(), columns(group), null, () -> clash(group));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(ProjectGroup g) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", g.id());
        columns.put("space_id", g.spaceId());
        columns.put("name", g.name());
        columns.put("name_lower", Names.key(g.name()));
        columns.put("slug", g.slug());
        columns.put("document", Documents.write(g));
        return columns;
    }

    private static ConflictException clash(ProjectGroup g) {
        return new ConflictException(
                "Another project group named '" + g.name() + "' was saved at the same time.");
    }
}
