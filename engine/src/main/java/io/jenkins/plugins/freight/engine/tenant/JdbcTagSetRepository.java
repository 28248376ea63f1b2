package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
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

/** Tag sets in table {@code tag_sets}, ordered by {@code (space_id, sort_order)}. */
public final class JdbcTagSetRepository implements TagSetRepository {

    private final DocumentTable<TagSet> table =
            new DocumentTable<>("tag_sets", TagSet.class, "sort_order, id");

    @Override
    public Optional<TagSet> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<TagSet> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public List<TagSet> named(Handle handle, String spaceId, Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(
                        "SELECT document FROM tag_sets WHERE space_id = :space AND name_lower IN (<names>)")
                .bind("space", spaceId)
                .bindList("names", names.stream().map(Names::key).distinct().toList())
                .mapTo(String.class)
                .map(table::read)
                .list();
    }

    @Override
    public int maxSortOrder(Handle handle, String spaceId) {
        return handle.createQuery(
                        "SELECT coalesce(max(sort_order), 0) FROM tag_sets WHERE space_id = :s")
                .bind("s", spaceId)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public DocumentTable<TagSet> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, TagSet set) {
        table.insert(handle, columns(set), () -> clash(set));
    }

    @Override
    public void update(Handle handle, TagSet set) {
        table.update(handle, set.spaceId(), columns(set), null, () -> clash(set));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(TagSet s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", s.id());
        columns.put("space_id", s.spaceId());
        columns.put("name", s.name());
        columns.put("name_lower", Names.key(s.name()));
        columns.put("slug", s.slug());
        columns.put("sort_order", s.sortOrder());
        columns.put("document", Documents.write(s));
        return columns;
    }

    private static ConflictException clash(TagSet s) {
        return new ConflictException(
                "Another tag set named '" + s.name() + "' was saved at the same time.");
    }
}
