package io.jenkins.plugins.freight.engine.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link PlanRepository} on {@code deployment_plans} and {@code deployment_plan_items}. */
public final class JdbcPlanRepository implements PlanRepository {

    private static final String COLUMNS =
            "id, space_id, name, environment_id, notes, state, version, retried_from, created_at,"
                    + " created_by, modified_at, modified_by, executed_by_id, executed_by,"
                    + " executed_at, finished_at";

    @Override
    public void insert(Handle handle, DeploymentPlan p) {
        handle.createUpdate(
                        "INSERT INTO deployment_plans ("
                                + COLUMNS
                                + ") VALUES (:id, :spaceId,"
                                + " :name, :environmentId, :notes, :state, :version, :retriedFrom,"
                                + " :createdAt, :createdBy, :modifiedAt, :modifiedBy,"
                                + " :executedById, :executedBy, :executedAt, :finishedAt)")
                .bindMap(values(p))
                .execute();
        insertItems(handle, p);
    }

    @Override
    public boolean update(Handle handle, DeploymentPlan p, int expectedVersion) {
        int changed =
                handle.createUpdate(
                                "UPDATE deployment_plans SET name = :name, environment_id ="
                                        + " :environmentId, notes = :notes, state = :state,"
                                        + " version = :version, modified_at = :modifiedAt,"
                                        + " modified_by = :modifiedBy, executed_by_id ="
                                        + " :executedById, executed_by = :executedBy, executed_at"
                                        + " = :executedAt, finished_at = :finishedAt WHERE id = :id"
                                        + " AND version = :expected")
                        .bindMap(values(p))
                        .bind("expected", expectedVersion)
                        .execute();
        if (changed == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM deployment_plan_items WHERE plan_id = :id")
                .bind("id", p.id())
                .execute();
        insertItems(handle, p);
        return true;
    }

    @Override
    public Optional<DeploymentPlan> find(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM deployment_plans WHERE id = :id AND space_id ="
                                + " :spaceId")
                .bind("id", id)
                .bind("spaceId", spaceId)
                .map(JdbcPlanRepository::map)
                .findOne()
                .map(p -> p.withItems(items(handle, p.id())));
    }

    @Override
    public Optional<DeploymentPlan> lock(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT " + COLUMNS + " FROM deployment_plans WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(JdbcPlanRepository::map)
                .findOne()
                .map(p -> p.withItems(items(handle, p.id())));
    }

    @Override
    public List<DeploymentPlan> list(Handle handle, String spaceId) {
        List<DeploymentPlan> plans =
                handle.createQuery(
                                "SELECT "
                                        + COLUMNS
                                        + " FROM deployment_plans WHERE space_id ="
                                        + " :spaceId ORDER BY created_at DESC, id DESC")
                        .bind("spaceId", spaceId)
                        .map(JdbcPlanRepository::map)
                        .list();
        List<DeploymentPlan> result = new ArrayList<>();
        for (DeploymentPlan p : plans) {
            result.add(p.withItems(items(handle, p.id())));
        }
        return result;
    }

    @Override
    public Optional<String> planOfTask(Handle handle, String taskId) {
        return handle.createQuery(
                        "SELECT plan_id FROM deployment_plan_items WHERE task_id = :taskId")
                .bind("taskId", taskId)
                .mapTo(String.class)
                .findFirst();
    }

    @Override
    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM deployment_plans WHERE id = :id").bind("id", id).execute();
    }

    private static void insertItems(Handle handle, DeploymentPlan p) {
        int order = 0;
        for (PlanItem item : p.items()) {
            handle.createUpdate(
                            "INSERT INTO deployment_plan_items (id, plan_id, item_order, project_id,"
                                    + " release_id, notes, state, deployment_id, task_id, message)"
                                    + " VALUES (:id, :planId, :order, :projectId, :releaseId,"
                                    + " :notes, :state, :deploymentId, :taskId, :message)")
                    .bind("id", item.id())
                    .bind("planId", p.id())
                    .bind("order", order++)
                    .bind("projectId", item.projectId())
                    .bind("releaseId", item.releaseId())
                    .bind("notes", item.notes())
                    .bind("state", item.state().name())
                    .bind("deploymentId", item.deploymentId())
                    .bind("taskId", item.taskId())
                    .bind("message", item.message())
                    .execute();
        }
    }

    private static List<PlanItem> items(Handle handle, String planId) {
        return handle.createQuery(
                        "SELECT id, project_id, release_id, notes, state, deployment_id, task_id,"
                                + " message FROM deployment_plan_items WHERE plan_id = :planId"
                                + " ORDER BY item_order")
                .bind("planId", planId)
                .map(
                        (rs, ctx) ->
                                new PlanItem(
                                        rs.getString("id"),
                                        rs.getString("project_id"),
                                        rs.getString("release_id"),
                                        rs.getString("notes"),
                                        PlanItemState.valueOf(rs.getString("state")),
                                        rs.getString("deployment_id"),
                                        rs.getString("task_id"),
                                        rs.getString("message")))
                .list();
    }

    private static java.util.Map<String, Object> values(DeploymentPlan p) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("id", p.id());
        v.put("spaceId", p.spaceId());
        v.put("name", p.name());
        v.put("environmentId", p.environmentId());
        v.put("notes", p.notes());
        v.put("state", p.state().name());
        v.put("version", p.version());
        v.put("retriedFrom", p.retriedFromPlanId());
        v.put("createdAt", p.createdOn());
        v.put("createdBy", p.createdBy());
        v.put("modifiedAt", p.lastModifiedOn());
        v.put("modifiedBy", p.lastModifiedBy());
        v.put("executedById", p.executedById());
        v.put("executedBy", p.executedBy());
        v.put("executedAt", p.executedOn());
        v.put("finishedAt", p.finishedOn());
        return v;
    }

    private static DeploymentPlan map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DeploymentPlan(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("name"),
                rs.getString("environment_id"),
                rs.getString("notes"),
                PlanState.valueOf(rs.getString("state")),
                rs.getInt("version"),
                List.of(),
                rs.getString("retried_from"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "modified_at"),
                rs.getString("modified_by"),
                rs.getString("executed_by_id"),
                rs.getString("executed_by"),
                instant(rs, "executed_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
