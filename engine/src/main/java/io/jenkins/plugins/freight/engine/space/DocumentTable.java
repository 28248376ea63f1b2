package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The storage every space-scoped configuration document shares: a table with {@code id}, {@code
 * space_id}, {@code name}, {@code name_lower}, {@code slug} and {@code document} (the record as
 * JSON), plus whatever columns the feature filters on. Lookups always include the space, so an id
 * from another space is simply not found.
 *
 * <p>Lists filter on indexed columns ({@code space_id}, {@code name_lower}, {@code id}, the
 * feature's own) and page with LIMIT/OFFSET, counting the total separately.
 */
public final class DocumentTable<T> {

    private final String table;
    private final Class<T> type;
    private final String orderBy;

    /**
     * @param table the table name (a constant of the feature's repository, never user input)
     * @param type the record stored in {@code document}
     * @param orderBy the list order, e.g. {@code "name_lower, id"}
     */
    public DocumentTable(String table, Class<T> type, String orderBy) {
        this.table = table;
        this.type = type;
        this.orderBy = orderBy;
    }

    /** A filter on one or more columns: an SQL condition with its named values. */
    public record Filter(String condition, Map<String, Object> values) {

        public Filter {
            values = Map.copyOf(values);
        }

        /** {@code column = value}; {@code column} is a constant of the calling repository. */
        public static Filter eq(String column, Object value) {
            String parameter = "f_" + column;
            return new Filter(column + " = :" + parameter, Map.of(parameter, value));
        }
    }

    /** Where names and slugs must be unique: a column and its value (a space or a project). */
    public record Scope(String column, String value) {

        public static Scope space(String spaceId) {
            return new Scope("space_id", spaceId);
        }
    }

    public Optional<T> find(Handle handle, String spaceId, String id) {
        return findWhere(handle, spaceId, "id = :v", id);
    }

    public Optional<T> findBySlug(Handle handle, String spaceId, String slug) {
        return findWhere(handle, spaceId, "slug = :v", slug);
    }

    /** The document with this name in the space (case-insensitive), when names are space-unique. */
    public Optional<T> findByName(Handle handle, String spaceId, String name) {
        return findWhere(handle, spaceId, "name_lower = :v", Names.key(name));
    }

    /** Finds by id, then slug, then exact (case-insensitive) name. */
    public Optional<T> findByReference(Handle handle, String spaceId, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<T> found = find(handle, spaceId, reference);
        if (found.isEmpty()) {
            found = findBySlug(handle, spaceId, reference);
        }
        if (found.isEmpty()) {
            found = findByName(handle, spaceId, reference);
        }
        return found;
    }

    public boolean exists(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                                "SELECT count(*) FROM "
                                        + table
                                        + " WHERE id = :id AND space_id = :space")
                        .bind("id", id)
                        .bind("space", spaceId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Of the given ids, those that are NOT in this table in the space. */
    public List<String> missing(Handle handle, String spaceId, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> present =
                handle.createQuery(
                                "SELECT id FROM "
                                        + table
                                        + " WHERE space_id = :space AND id IN (<ids>)")
                        .bind("space", spaceId)
                        .bindList("ids", List.copyOf(ids))
                        .mapTo(String.class)
                        .list();
        return ids.stream().filter(id -> !present.contains(id)).distinct().toList();
    }

    /** One page of the space's documents that match the query and every filter. */
    public Page<T> list(Handle handle, String spaceId, ListQuery query, Filter... filters) {
        StringBuilder where = new StringBuilder(" WHERE space_id = :space");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("space", spaceId);
        for (Filter filter : filters) {
            where.append(" AND (").append(filter.condition()).append(')');
            values.putAll(filter.values());
        }
        if (!query.ids().isEmpty()) {
            where.append(" AND id IN (<ids>)");
        }
        if (query.name() != null) {
            where.append(" AND name_lower = :name");
            values.put("name", Names.key(query.name()));
        }
        if (query.partialName() != null) {
            where.append(" AND name_lower LIKE :partial ESCAPE '!'");
            values.put("partial", "%" + likeEscape(query.partialName()) + "%");
        }
        long total =
                bindAll(handle.createQuery("SELECT count(*) FROM " + table + where), values, query)
                        .mapTo(Long.class)
                        .one();
        List<T> items = List.of();
        if (query.take() > 0 && query.skip() < total) {
            String sql =
                    "SELECT document FROM "
                            + table
                            + where
                            + " ORDER BY "
                            + orderBy
                            + " LIMIT :take OFFSET :skip";
            items =
                    bindAll(handle.createQuery(sql), values, query)
                            .bind("take", (long) Math.min(query.take(), Integer.MAX_VALUE))
                            .bind("skip", (long) query.skip())
                            .mapTo(String.class)
                            .map(this::read)
                            .list();
        }
        return new Page<>(items, total, query.skip(), query.take());
    }

    /** Every document of the space that matches the filters, in list order. */
    public List<T> listAll(Handle handle, String spaceId, Filter... filters) {
        return list(handle, spaceId, ListQuery.all(), filters).items();
    }

    /** Whether another document in the scope already has this name (case-insensitive). */
    public boolean isNameTaken(Handle handle, Scope scope, String name, String exceptId) {
        return handle.createQuery(
                                "SELECT count(*) FROM "
                                        + table
                                        + " WHERE "
                                        + scope.column()
                                        + " = :scope AND name_lower = :name AND id <> :except")
                        .bind("scope", scope.value())
                        .bind("name", Names.key(name))
                        .bind("except", exceptId == null ? "" : exceptId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Whether another document in the scope already has this slug. */
    public boolean isSlugTaken(Handle handle, Scope scope, String slug, String exceptId) {
        return handle.createQuery(
                                "SELECT count(*) FROM "
                                        + table
                                        + " WHERE "
                                        + scope.column()
                                        + " = :scope AND slug = :slug AND id <> :except")
                        .bind("scope", scope.value())
                        .bind("slug", slug)
                        .bind("except", exceptId == null ? "" : exceptId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /**
     * A slug for the document: the one it keeps or was given, else one made from its name and made
     * unique in the scope by a numeric suffix ({@code dev}, {@code dev-1}, …).
     */
    public String slugFor(
            Handle handle,
            Scope scope,
            String requested,
            String currentSlug,
            String name,
            String id,
            String kind) {
        if (requested != null && !requested.isBlank()) {
            String slug = Slugs.requireValid(requested.strip(), kind);
            if (isSlugTaken(handle, scope, slug, id)) {
                throw new ConflictException(
                        "Another " + Names.lower(kind) + " already uses the slug '" + slug + "'.");
            }
            return slug;
        }
        if (currentSlug != null) {
            return currentSlug;
        }
        String base = Slugs.fromName(name, kind.toLowerCase(Locale.ROOT).replace(' ', '-'));
        String slug = base;
        for (int n = 1; isSlugTaken(handle, scope, slug, id); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Inserts a row; a unique-index clash (a concurrent save) becomes the given conflict. */
    public void insert(
            Handle handle, Map<String, Object> columns, Supplier<ConflictException> onClash) {
        List<String> names = new ArrayList<>(columns.keySet());
        String sql =
                "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", names)
                        + ") VALUES ("
                        + String.join(", ", names.stream().map(n -> ":" + n).toList())
                        + ")";
        execute(handle, sql, columns, onClash);
    }

    /** Updates the row {@code columns.id} in the space; returns the number of rows changed. */
    public int update(
            Handle handle,
            String spaceId,
            Map<String, Object> columns,
            String extraCondition,
            Supplier<ConflictException> onClash) {
        List<String> sets =
                columns.keySet().stream()
                        .filter(c -> !c.equals("id"))
                        .map(c -> c + " = :" + c)
                        .toList();
        String sql =
                "UPDATE "
                        + table
                        + " SET "
                        + String.join(", ", sets)
                        + " WHERE id = :id AND space_id = :w_space"
                        + (extraCondition == null ? "" : " AND " + extraCondition);
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("w_space", spaceId);
        return execute(handle, sql, values, onClash);
    }

    public boolean delete(Handle handle, String spaceId, String id) {
        return handle.createUpdate("DELETE FROM " + table + " WHERE id = :id AND space_id = :space")
                        .bind("id", id)
                        .bind("space", spaceId)
                        .execute()
                > 0;
    }

    /** Deletes every document of the space (the space itself is being deleted). */
    public int deleteAll(Handle handle, String spaceId) {
        return handle.createUpdate("DELETE FROM " + table + " WHERE space_id = :space")
                .bind("space", spaceId)
                .execute();
    }

    public T read(String json) {
        return Documents.read(json, type);
    }

    private Optional<T> findWhere(Handle handle, String spaceId, String condition, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return handle.createQuery(
                        "SELECT document FROM "
                                + table
                                + " WHERE space_id = :space AND "
                                + condition)
                .bind("space", spaceId)
                .bind("v", value)
                .mapTo(String.class)
                .findFirst()
                .map(this::read);
    }

    private static int execute(
            Handle handle,
            String sql,
            Map<String, Object> values,
            Supplier<ConflictException> onClash) {
        try {
            var update = handle.createUpdate(sql);
            values.forEach(update::bind);
            return update.execute();
        } catch (StatementException e) {
            if (isUniqueViolation(e)) {
                throw onClash.get();
            }
            throw e;
        }
    }

    /** Whether a statement failed on a unique index or primary key (SQLSTATE 23505). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Query bindAll(Query query, Map<String, Object> values, ListQuery listQuery) {
        values.forEach(query::bind);
        if (!listQuery.ids().isEmpty()) {
            query.bindList("ids", listQuery.ids());
        }
        return query;
    }

    private static String likeEscape(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
    }
}
