package io.jenkins.plugins.freight.engine.lifecycle;

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

/** Lifecycles in table {@code lifecycles}; phases live in the stored document. */
public final class JdbcLifecycleRepository implements LifecycleRepository {

    private final DocumentTable<Lifecycle> table =
            new DocumentTable<>("lifecycles", Lifecycle.class, "name_lower, id");

    @Override
    public Optional<Lifecycle> find(Handle handle, String spaceId, String id) {
        return table.find(handle, spaceId, id);
    }

    @Override
    public Optional<Lifecycle> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Lifecycle> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public DocumentTable<Lifecycle> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Lifecycle lifecycle) {
        table.insert(handle, columns(lifecycle), () -> clash(lifecycle));
    }

    @Override
    public void update(Handle handle, Lifecycle lifecycle) {
        table.update(handle, lifecycle.spaceId(), columns(lifecycle), null, () -> clash(lifecycle));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(Lifecycle l) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", l.id());
        columns.put("space_id", l.spaceId());
        columns.put("name", l.name());
        columns.put("name_lower", Names.key(l.name()));
        columns.put("slug", l.slug());
        columns.put("document", Documents.write(l));
        return columns;
    }

    private static ConflictException clash(Lifecycle l) {
        return new ConflictException(
                "Another lifecycle named '" + l.name() + "' was saved at the same time.");
    }
}
