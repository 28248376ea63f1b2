package io.jenkins.plugins.freight.engine.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link AuditRepository} on the {@code events} and {@code event_documents} tables. Every filter is
 * served by an index ending in {@code auto_id}, so a page is an index range scan however large the
 * log grows.
 */
public final class JdbcAuditRepository implements AuditRepository {

    private static final String COLUMNS =
            "auto_id, space_id, category, occurred, user_id, username, is_service,"
                    + " identity_established_with, api_key_id, ip_address, project_id,"
                    + " environment_id, tenant_id, message, differences";

    @Override
    public long nextAutoId(Handle handle) {
        return handle.createQuery("SELECT nextval('seq_events')").mapTo(Long.class).one();
    }

    @Override
    public void insert(Handle handle, AuditEvent e) {
        handle.createUpdate(
                        "INSERT INTO events ("
                                + COLUMNS
                                + ") VALUES (:autoId, :spaceId, :category,"
                                + " :occurred, :userId, :username, :isService, :via, :apiKeyId,"
                                + " :ip, :projectId, :environmentId, :tenantId, :message,"
                                + " :differences)")
                .bind("autoId", e.autoId())
                .bind("spaceId", e.spaceId())
                .bind("category", e.category().name())
                .bind("occurred", e.occurred())
                .bind("userId", e.userId())
                .bind("username", e.username())
                .bind("isService", e.isService())
                .bind("via", e.identityEstablishedWith())
                .bind("apiKeyId", e.apiKeyId())
                .bind("ip", e.ipAddress())
                .bind("projectId", e.projectId())
                .bind("environmentId", e.environmentId())
                .bind("tenantId", e.tenantId())
                .bind("message", e.message())
                .bind("differences", e.differences())
                .execute();
        int order = 0;
        for (String documentId : e.relatedDocumentIds()) {
            handle.createUpdate(
                            "INSERT INTO event_documents (document_id, event_id, doc_order) VALUES"
                                    + " (:documentId, :eventId, :order)")
                    .bind("documentId", documentId)
                    .bind("eventId", e.autoId())
                    .bind("order", order++)
                    .execute();
        }
    }

    @Override
    public Optional<AuditEvent> findById(Handle handle, String id) {
        if (id == null || !id.matches("Events-\\d{1,18}")) {
            return Optional.empty();
        }
        long autoId = Long.parseLong(id.substring("Events-".length()));
        List<AuditEvent> found =
                withDocuments(
                        handle,
                        handle.createQuery("SELECT " + COLUMNS + " FROM events WHERE auto_id = :id")
                                .bind("id", autoId)
                                .map(JdbcAuditRepository::map)
                                .list());
        return found.stream().findFirst();
    }

    @Override
    public List<AuditEvent> query(Handle handle, EventQuery q) {
        Map<String, Object> binds = new HashMap<>();
        Map<String, List<?>> lists = new HashMap<>();
        String where = where(q, binds, lists);
        Query query =
                handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM events"
                                + where
                                + " ORDER BY "
                                + order(q)
                                + " LIMIT :take OFFSET :skip");
        binds.forEach(query::bind);
        lists.forEach(query::bindList);
        List<AuditEvent> rows =
                query.bind("take", q.take())
                        .bind("skip", q.skip())
                        .map(JdbcAuditRepository::map)
                        .list();
        return withDocuments(handle, rows);
    }

    @Override
    public long count(Handle handle, EventQuery q, long cap) {
        Map<String, Object> binds = new HashMap<>();
        Map<String, List<?>> lists = new HashMap<>();
        String where = where(q, binds, lists);
        Query query =
                handle.createQuery(
                        "SELECT COUNT(*) FROM (SELECT auto_id FROM events"
                                + where
                                + " LIMIT :cap) capped");
        binds.forEach(query::bind);
        lists.forEach(query::bindList);
        return query.bind("cap", cap).mapTo(Long.class).one();
    }

    private static String where(
            EventQuery q, Map<String, Object> binds, Map<String, List<?>> lists) {
        List<String> clauses = new ArrayList<>();
        if (!q.spaceIds().isEmpty() || q.includeSystem()) {
            List<String> spaceClauses = new ArrayList<>();
            if (!q.spaceIds().isEmpty()) {
                spaceClauses.add("space_id IN (<spaceIds>)");
                lists.put("spaceIds", q.spaceIds());
            }
            if (q.includeSystem()) {
                spaceClauses.add("space_id IS NULL");
            }
            clauses.add("(" + String.join(" OR ", spaceClauses) + ")");
        }
        in(clauses, lists, "user_id", "userIds", q.userIds());
        in(clauses, lists, "project_id", "projectIds", q.projectIds());
        in(clauses, lists, "environment_id", "environmentIds", q.environmentIds());
        in(
                clauses,
                lists,
                "category",
                "categories",
                q.categories().stream().map(Enum::name).sorted().toList());
        if (!q.documentIds().isEmpty()) {
            clauses.add(
                    "auto_id IN (SELECT event_id FROM event_documents WHERE document_id IN"
                            + " (<documentIds>))");
            lists.put("documentIds", q.documentIds());
        }
        if (q.from() != null) {
            clauses.add("occurred >= :from");
            binds.put("from", q.from());
        }
        if (q.to() != null) {
            clauses.add("occurred < :to");
            binds.put("to", q.to());
        }
        if (q.fromAutoId() != null) {
            clauses.add("auto_id >= :fromAutoId");
            binds.put("fromAutoId", q.fromAutoId());
        }
        if (q.toAutoId() != null) {
            clauses.add("auto_id <= :toAutoId");
            binds.put("toAutoId", q.toAutoId());
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /**
     * Newest first. When one column is filtered to a single value, that column leads the order too
     * (it is constant, so the order is the same): H2 walks an index backwards instead of sorting
     * only when the ORDER BY names the index's leading column.
     */
    private static String order(EventQuery q) {
        String leading = null;
        if (q.userIds().size() == 1) {
            leading = "user_id";
        } else if (q.projectIds().size() == 1) {
            leading = "project_id";
        } else if (q.environmentIds().size() == 1) {
            leading = "environment_id";
        } else if (q.spaceIds().size() == 1 && !q.includeSystem()) {
            leading = "space_id";
        }
        return leading == null ? "auto_id DESC" : leading + " DESC, auto_id DESC";
    }

    private static void in(
            List<String> clauses,
            Map<String, List<?>> lists,
            String column,
            String name,
            List<String> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " IN (<" + name + ">)");
            lists.put(name, values);
        }
    }

    private static List<AuditEvent> withDocuments(Handle handle, List<AuditEvent> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> documents = new LinkedHashMap<>();
        handle.createQuery(
                        "SELECT event_id, document_id FROM event_documents WHERE event_id IN"
                                + " (<ids>) ORDER BY event_id, doc_order")
                .bindList("ids", rows.stream().map(AuditEvent::autoId).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(
                        e ->
                                documents
                                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                        .add(e.getValue()));
        return rows.stream()
                .map(
                        e ->
                                new AuditEvent(
                                        e.id(),
                                        e.autoId(),
                                        e.spaceId(),
                                        e.category(),
                                        e.occurred(),
                                        e.userId(),
                                        e.username(),
                                        e.isService(),
                                        e.identityEstablishedWith(),
                                        e.apiKeyId(),
                                        e.ipAddress(),
                                        e.projectId(),
                                        e.environmentId(),
                                        e.tenantId(),
                                        e.message(),
                                        documents.getOrDefault(e.autoId(), List.of()),
                                        e.differences()))
                .toList();
    }

    private static AuditEvent map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        long autoId = rs.getLong("auto_id");
        return new AuditEvent(
                "Events-" + autoId,
                autoId,
                rs.getString("space_id"),
                EventCategory.named(rs.getString("category")).orElse(EventCategory.Modified),
                rs.getObject("occurred", OffsetDateTime.class).toInstant(),
                rs.getString("user_id"),
                rs.getString("username"),
                rs.getBoolean("is_service"),
                rs.getString("identity_established_with"),
                rs.getString("api_key_id"),
                rs.getString("ip_address"),
                rs.getString("project_id"),
                rs.getString("environment_id"),
                rs.getString("tenant_id"),
                rs.getString("message"),
                List.of(),
                rs.getString("differences"));
    }
}
