package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of deployment processes and their immutable snapshots. */
public interface ProcessRepository {

    /** A live process by id, within the space. */
    Optional<DeploymentProcess> find(Handle handle, String spaceId, String id);

    Optional<DeploymentProcess> findByProject(Handle handle, String spaceId, String projectId);

    /** Live processes by id; query names are ignored (processes have none). */
    Page<DeploymentProcess> list(Handle handle, String spaceId, ListQuery query);

    void insert(Handle handle, DeploymentProcess process);

    /** Saves the process if its stored version is still {@code expectedVersion}. */
    boolean update(Handle handle, DeploymentProcess process, int expectedVersion);

    void delete(Handle handle, String projectId);

    /** A snapshot by id, or empty. */
    Optional<DeploymentProcess> findSnapshot(Handle handle, String snapshotId);

    /** An existing snapshot of the project's process at this version, or empty. */
    Optional<String> snapshotOf(Handle handle, String projectId, int processVersion);

    void insertSnapshot(Handle handle, DeploymentProcess snapshot, Instant createdOn);

    void setLastSnapshot(Handle handle, String processId, String snapshotId);

    void deleteSnapshots(Handle handle, String projectId);
}
