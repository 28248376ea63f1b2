package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** {@link InterruptionRepository} on {@code interruptions} and {@code interruption_documents}. */
public final class JdbcInterruptionRepository implements InterruptionRepository {

    private static final String COLUMNS =
            "id, space_id, task_id, title, interruption_type, created, is_pending, form_elements,"
                    + " form_values, responsible_team_ids, responsible_user_id, correlation_id,"
                    + " submitted_by, submitted_at, blocks_concurrent_tasks";

    @Override
    public Interruption insert(
            Handle handle,
            String spaceId,
            String taskId,
            InterruptionRequest request,
            Instant now) {
        String id = Database.nextId(handle, "Interruptions");
        handle.createUpdate(
                        "INSERT INTO interruptions (id, interruption_number, space_id, task_id,"
                                + " title, interruption_type, created, is_pending, form_elements,"
                                + " form_values, responsible_team_ids, correlation_id,"
                                + " blocks_concurrent_tasks) VALUES"
                                + " (:id, :number, :space, :task, :title, :type, :created, TRUE,"
                                + " :elements, :values, :teams, :correlation, :blocks)")
                .bind("id", id)
                .bind("number", Long.parseLong(id.substring(id.indexOf('-') + 1)))
                .bind("space", spaceId)
                .bind("task", taskId)
                .bind("title", request.title())
                .bind("type", request.type().name())
                .bind("created", utc(now))
                .bind("elements", FormJson.elements(request.form().elements()))
                .bind("values", FormJson.values(request.form().values()))
                .bind("teams", FormJson.ids(request.responsibleTeamIds()))
                .bind("correlation", request.correlationId())
                .bind("blocks", request.blocksConcurrentTasks())
                .execute();
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        documents.add(taskId);
        documents.addAll(request.relatedDocumentIds());
        int index = 0;
        for (String document : documents) {
            handle.createUpdate(
                            "INSERT INTO interruption_documents (interruption_id, document_id,"
                                    + " sort_index) VALUES (:id, :document, :index)")
                    .bind("id", id)
                    .bind("document", document)
                    .bind("index", index++)
                    .execute();
        }
        return find(handle, id).orElseThrow();
    }

    @Override
    public Optional<Interruption> find(Handle handle, String id) {
        return select(handle, "WHERE id = :id", "").bind("id", id).map(mapper(handle)).findOne();
    }

    @Override
    public Optional<Interruption> lock(Handle handle, String id) {
        return select(handle, "WHERE id = :id", " FOR UPDATE")
                .bind("id", id)
                .map(mapper(handle))
                .findOne();
    }

    @Override
    public List<Interruption> forTask(Handle handle, String taskId) {
        return select(handle, "WHERE task_id = :task ORDER BY interruption_number", "")
                .bind("task", taskId)
                .map(mapper(handle))
                .list();
    }

    @Override
    public InterruptionPage list(Handle handle, InterruptionQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.spaceId() != null) {
            conditions.add("space_id = :space");
        }
        if (!query.ids().isEmpty()) {
            conditions.add("id IN (<ids>)");
        }
        if (query.regarding() != null) {
            conditions.add(
                    "id IN (SELECT interruption_id FROM interruption_documents"
                            + " WHERE document_id = :regarding)");
        }
        if (query.pendingOnly()) {
            conditions.add("is_pending = TRUE");
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        int total =
                bind(handle.createQuery("SELECT count(*) FROM interruptions " + where), query)
                        .mapTo(Integer.class)
                        .one();
        List<Interruption> items =
                query.take() == 0
                        ? List.of()
                        : bind(
                                        select(
                                                handle,
                                                where
                                                        + " ORDER BY interruption_number DESC"
                                                        + " LIMIT :take OFFSET :skip",
                                                ""),
                                        query)
                                .bind("take", query.take())
                                .bind("skip", query.skip())
                                .map(mapper(handle))
                                .list();
        return new InterruptionPage(items, total);
    }

    private static Query bind(Query q, InterruptionQuery query) {
        if (query.spaceId() != null) {
            q.bind("space", query.spaceId());
        }
        if (!query.ids().isEmpty()) {
            q.bindList("ids", query.ids());
        }
        if (query.regarding() != null) {
            q.bind("regarding", query.regarding());
        }
        return q;
    }

    @Override
    public void setResponsible(Handle handle, String id, String userId) {
        handle.createUpdate("UPDATE interruptions SET responsible_user_id = :user WHERE id = :id")
                .bind("user", userId)
                .bind("id", id)
                .execute();
    }

    @Override
    public void submit(
            Handle handle, String id, Map<String, String> values, String userId, Instant now) {
        handle.createUpdate(
                        "UPDATE interruptions SET is_pending = FALSE, form_values = :values,"
                                + " submitted_by = :user, submitted_at = :now WHERE id = :id")
                .bind("values", FormJson.values(values))
                .bind("user", userId)
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
    }

    @Override
    public int closePending(Handle handle, String taskId) {
        return handle.createUpdate(
                        "UPDATE interruptions SET is_pending = FALSE WHERE task_id = :task"
                                + " AND is_pending = TRUE")
                .bind("task", taskId)
                .execute();
    }

    @Override
    public boolean hasPendingBlocking(Handle handle, String taskId) {
        return handle.createQuery(
                                "SELECT count(*) FROM interruptions WHERE task_id = :task"
                                        + " AND is_pending = TRUE AND blocks_concurrent_tasks = TRUE")
                        .bind("task", taskId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    @Override
    public boolean hasPending(Handle handle, String taskId) {
        return handle.createQuery(
                                "SELECT count(*) FROM interruptions WHERE task_id = :task"
                                        + " AND is_pending = TRUE")
                        .bind("task", taskId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    @Override
    public void deleteForTask(Handle handle, String taskId) {
        handle.createUpdate("DELETE FROM interruptions WHERE task_id = :task")
                .bind("task", taskId)
                .execute();
    }

    private static Query select(Handle handle, String where, String suffix) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM interruptions " + where + suffix);
    }

    private static RowMapper<Interruption> mapper(Handle handle) {
        return (rs, ctx) -> {
            String id = rs.getString("id");
            return new Interruption(
                    id,
                    rs.getString("space_id"),
                    rs.getString("task_id"),
                    rs.getString("title"),
                    InterruptionType.valueOf(rs.getString("interruption_type")),
                    instant(rs, "created"),
                    rs.getBoolean("is_pending"),
                    new InterruptionForm(
                            FormJson.elements(rs.getString("form_elements")),
                            FormJson.values(rs.getString("form_values"))),
                    documents(handle, id),
                    FormJson.ids(rs.getString("responsible_team_ids")),
                    rs.getString("responsible_user_id"),
                    rs.getString("correlation_id"),
                    rs.getString("submitted_by"),
                    instant(rs, "submitted_at"),
                    rs.getBoolean("blocks_concurrent_tasks"));
        };
    }

    private static List<String> documents(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT document_id FROM interruption_documents"
                                + " WHERE interruption_id = :id ORDER BY sort_index")
                .bind("id", id)
                .mapTo(String.class)
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
