package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of deployment targets with their environment and tag rows. */
public interface MachineRepository {

    Optional<Machine> findByReference(Handle handle, String spaceId, String reference);

    /** By name, filtered. */
    Page<Machine> list(Handle handle, String spaceId, ListQuery query, MachineFilter filter);

    /** Every target tag used in the space, spelled as on the oldest target using it, sorted. */
    List<String> roles(Handle handle, String spaceId);

    DocumentTable<Machine> table();

    void insert(Handle handle, Machine machine);

    void update(Handle handle, Machine machine);

    boolean delete(Handle handle, String spaceId, String id);
}
