package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Projects in table {@code projects}, indexed by space and name, group and lifecycle. */
public final class JdbcProjectRepository implements ProjectRepository {

    private final DocumentTable<Project> table =
            new DocumentTable<>("projects", Project.class, "name_lower, id");

    @Override
    public Optional<Project> find(Handle handle, String spaceId, String id) {
        return table.find(handle, spaceId, id);
    }

    @Override
    public Optional<Project> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Project> list(
            Handle handle, String spaceId, ListQuery query, String projectGroupId) {
        return list(handle, spaceId, query, projectGroupId, null);
    }

    @Override
    public Page<Project> list(
            Handle handle,
            String spaceId,
            ListQuery query,
            String projectGroupId,
            String clonedFromProjectId) {
        List<Filter> filters = new ArrayList<>();
        if (projectGroupId != null) {
            filters.add(Filter.eq("project_group_id", projectGroupId));
        }
        if (clonedFromProjectId != null) {
            filters.add(Filter.eq("cloned_from_project_id", clonedFromProjectId));
        }
        return table.list(handle, spaceId, query, filters.toArray(Filter[]::new));
    }

    @Override
    public DocumentTable<Project> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Project project) {
        table.insert(handle, columns(project), () -> clash(project));
    }

    @Override
    public void update(Handle handle, Project project) {
        table.update(handle, project.spaceId(), columns(project), null, () -> clash(project));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(Project p) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", p.id());
        columns.put("space_id", p.spaceId());
        columns.put("name", p.name());
        columns.put("name_lower", Names.key(p.name()));
        columns.put("slug", p.slug());
        columns.put("project_group_id", p.projectGroupId());
        columns.put("lifecycle_id", p.lifecycleId());
        columns.put("cloned_from_project_id", p.clonedFromProjectId());
        columns.put("document", Documents.write(p));
        return columns;
    }

    private static ConflictException clash(Project p) {
        return new ConflictException(
                "Another project named '" + p.name() + "' was saved at the same time.");
    }
}
