package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Processes in {@code deployment_processes} (one per project; {@code version} guards concurrent
 * edits) and snapshots in {@code process_snapshots} (immutable, found by id or by project and
 * version).
 */
public final class JdbcProcessRepository implements ProcessRepository {

    private static final String SELECT =
            "SELECT document, last_snapshot_id FROM deployment_processes";

    @Override
    public Optional<DeploymentProcess> find(Handle handle, String spaceId, String id) {
        return handle.createQuery(SELECT + " WHERE id = :id AND space_id = :space")
                .bind("id", id)
                .bind("space", spaceId)
                .map((rs, ctx) -> read(rs.getString(1), rs.getString(2)))
                .findFirst();
    }

    @Override
    public Optional<DeploymentProcess> findByProject(
            Handle handle, String spaceId, String projectId) {
        return handle.createQuery(SELECT + " WHERE project_id = :project AND space_id = :space")
                .bind("project", projectId)
                .bind("space", spaceId)
                .map((rs, ctx) -> read(rs.getString(1), rs.getString(2)))
                .findFirst();
    }

    @Override
    public Page<DeploymentProcess> list(Handle handle, String spaceId, ListQuery query) {
        String where =
                " WHERE space_id = :space" + (query.ids().isEmpty() ? "" : " AND id IN (<ids>)");
        Query count = handle.createQuery("SELECT count(*) FROM deployment_processes" + where);
        long total = bind(count, spaceId, query).mapTo(Long.class).one();
        Query select = handle.createQuery(SELECT + where + " ORDER BY id LIMIT :take OFFSET :skip");
        List<DeploymentProcess> items =
                bind(select, spaceId, query)
                        .bind("take", (long) query.take())
                        .bind("skip", (long) query.skip())
                        .map((rs, ctx) -> read(rs.getString(1), rs.getString(2)))
                        .list();
        return new Page<>(items, total, query.skip(), query.take());
    }

    @Override
    public void insert(Handle handle, DeploymentProcess process) {
        handle.createUpdate(
                        "INSERT INTO deployment_processes (id, space_id, project_id, version, document)"
                                + " VALUES (:id, :space, :project, :version, :document)")
                .bind("id", process.id())
                .bind("space", process.spaceId())
                .bind("project", process.projectId())
                .bind("version", process.version())
                .bind("document", Documents.write(process))
                .execute();
    }

    @Override
    public boolean update(Handle handle, DeploymentProcess process, int expectedVersion) {
        return handle.createUpdate(
                                "UPDATE deployment_processes SET version = :version, document = :document"
                                        + " WHERE id = :id AND version = :expected")
                        .bind("id", process.id())
                        .bind("version", process.version())
                        .bind("document", Documents.write(process))
                        .bind("expected", expectedVersion)
                        .execute()
                == 1;
    }

    @Override
    public void delete(Handle handle, String projectId) {
        handle.createUpdate("DELETE FROM deployment_processes WHERE project_id = :project")
                .bind("project", projectId)
                .execute();
    }

    @Override
    public Optional<DeploymentProcess> findSnapshot(Handle handle, String snapshotId) {
        return handle.createQuery("SELECT document FROM process_snapshots WHERE id = :id")
                .bind("id", snapshotId)
                .mapTo(String.class)
                .findFirst()
                .map(json -> Documents.read(json, DeploymentProcess.class));
    }

    @Override
    public Optional<String> snapshotOf(Handle handle, String projectId, int processVersion) {
        return handle.createQuery(
                        "SELECT id FROM process_snapshots WHERE project_id = :project"
                                + " AND process_version = :version ORDER BY created_on, id")
                .bind("project", projectId)
                .bind("version", processVersion)
                .mapTo(String.class)
                .findFirst();
    }

    @Override
    public void insertSnapshot(Handle handle, DeploymentProcess snapshot, Instant createdOn) {
        handle.createUpdate(
                        "INSERT INTO process_snapshots"
                                + " (id, space_id, project_id, process_version, created_on, document)"
                                + " VALUES (:id, :space, :project, :version, :created, :document)")
                .bind("id", snapshot.id())
                .bind("space", snapshot.spaceId())
                .bind("project", snapshot.projectId())
                .bind("version", snapshot.version())
                .bind("created", Timestamp.from(createdOn))
                .bind("document", Documents.write(snapshot))
                .execute();
    }

    @Override
    public void setLastSnapshot(Handle handle, String processId, String snapshotId) {
        handle.createUpdate(
                        "UPDATE deployment_processes SET last_snapshot_id = :snapshot WHERE id = :id")
                .bind("snapshot", snapshotId)
                .bind("id", processId)
                .execute();
    }

    @Override
    public void deleteSnapshots(Handle handle, String projectId) {
        handle.createUpdate("DELETE FROM process_snapshots WHERE project_id = :project")
                .bind("project", projectId)
                .execute();
    }

    private static Query bind(Query query, String spaceId, ListQuery listQuery) {
        query.bind("space", spaceId);
        if (!listQuery.ids().isEmpty()) {
            query.bindList("ids", listQuery.ids());
        }
        return query;
    }

    private static DeploymentProcess read(String json, String lastSnapshotId) {
        DeploymentProcess p = Documents.read(json, DeploymentProcess.class);
        return new DeploymentProcess(
                p.id(),
                p.spaceId(),
                p.projectId(),
                p.version(),
                p.steps(),
                lastSnapshotId,
                p.lastModifiedOn(),
                p.lastModifiedBy());
    }
}
