package io.jenkins.plugins.freight.engine.space;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Spaces in table {@code spaces} (the one configuration table without a {@code space_id}). */
public final class JdbcSpaceRepository implements SpaceRepository {

    @Override
    public Optional<Space> find(Handle handle, String id) {
        return one(handle, "id = :v", id);
    }

    @Override
    public Optional<Space> findByReference(Handle handle, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<Space> found = one(handle, "id = :v", reference);
        if (found.isEmpty()) {
            found = one(handle, "slug = :v", reference);
        }
        if (found.isEmpty()) {
            found = one(handle, "name_lower = :v", Names.key(reference));
        }
        return found;
    }

    @Override
    public Page<Space> list(Handle handle, ListQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> values = new LinkedHashMap<>();
        if (!query.ids().isEmpty()) {
            where.append(" AND id IN (<ids>)");
        }
        if (query.name() != null) {
            where.append(" AND name_lower = :name");
            values.put("name", Names.key(query.name()));
        }
        if (query.partialName() != null) {
            where.append(" AND name_lower LIKE :partial ESCAPE '!'");
            values.put(
                    "partial",
                    "%"
                            + Names.key(query.partialName())
                                    .replace("!", "!!")
                                    .replace("%", "!%")
                                    .replace("_", "!_")
                            + "%");
        }
        var count = handle.createQuery("SELECT count(*) FROM spaces" + where);
        values.forEach(count::bind);
        if (!query.ids().isEmpty()) {
            count.bindList("ids", query.ids());
        }
        long total = count.mapTo(Long.class).one();
        var select =
                handle.createQuery(
                        "SELECT document FROM spaces"
                                + where
                                + " ORDER BY name_lower, id LIMIT :take OFFSET :skip");
        values.forEach(select::bind);
        if (!query.ids().isEmpty()) {
            select.bindList("ids", query.ids());
        }
        List<Space> items =
                select.bind("take", (long) query.take())
                        .bind("skip", (long) query.skip())
                        .mapTo(String.class)
                        .map(json -> Documents.read(json, Space.class))
                        .list();
        return new Page<>(items, total, query.skip(), query.take());
    }

    @Override
    public List<Space> all(Handle handle) {
        return list(handle, ListQuery.all()).items();
    }

    @Override
    public boolean isNameTaken(Handle handle, String name, String exceptId) {
        return count(handle, "name_lower = :v AND id <> :except", Names.key(name), exceptId) > 0;
    }

    @Override
    public boolean isSlugTaken(Handle handle, String slug, String exceptId) {
        return count(handle, "slug = :v AND id <> :except", slug, exceptId) > 0;
    }

    @Override
    public String uniqueSlug(Handle handle, String name, String exceptId) {
        String base = Slugs.fromName(name, "space");
        String slug = base;
        for (int n = 1; isSlugTaken(handle, slug, exceptId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    @Override
    public void insert(Handle handle, Space space) {
        handle.createUpdate(
                        "INSERT INTO spaces (id, name, name_lower, slug, is_default, document)"
                                + " VALUES (:id, :name, :nameLower, :slug, :isDefault, :document)")
                .bind("id", space.id())
                .bind("name", space.name())
                .bind("nameLower", Names.key(space.name()))
                .bind("slug", space.slug())
                .bind("isDefault", space.isDefault())
                .bind("document", Documents.write(space))
                .execute();
    }

    @Override
    public void update(Handle handle, Space space) {
        handle.createUpdate(
                        "UPDATE spaces SET name = :name, name_lower = :nameLower, slug = :slug,"
                                + " is_default = :isDefault, document = :document WHERE id = :id")
                .bind("id", space.id())
                .bind("name", space.name())
                .bind("nameLower", Names.key(space.name()))
                .bind("slug", space.slug())
                .bind("isDefault", space.isDefault())
                .bind("document", Documents.write(space))
                .execute();
    }

    @Override
    public boolean delete(Handle handle, String id) {
        return handle.createUpdate("DELETE FROM spaces WHERE id = :id").bind("id", id).execute()
                > 0;
    }

    @Override
    public Optional<String> idOf(Handle handle, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<String> found = idWhere(handle, "id = :v", reference);
        if (found.isEmpty()) {
            found = idWhere(handle, "slug = :v", reference);
        }
        if (found.isEmpty()) {
            found = idWhere(handle, "name_lower = :v", Names.key(reference));
        }
        return found;
    }

    private static Optional<String> idWhere(Handle handle, String condition, String value) {
        return handle.createQuery("SELECT id FROM spaces WHERE " + condition)
                .bind("v", value)
                .mapTo(String.class)
                .findFirst();
    }

    private static Optional<Space> one(Handle handle, String condition, String value) {
        return handle.createQuery("SELECT document FROM spaces WHERE " + condition)
                .bind("v", value)
                .mapTo(String.class)
                .findFirst()
                .map(json -> Documents.read(json, Space.class));
    }

    private static long count(Handle handle, String condition, String value, String exceptId) {
        return handle.createQuery("SELECT count(*) FROM spaces WHERE " + condition)
                .bind("v", value)
                .bind("except", exceptId == null ? "" : exceptId)
                .mapTo(Long.class)
                .one();
    }
}
