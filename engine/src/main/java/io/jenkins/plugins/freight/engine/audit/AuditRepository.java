package io.jenkins.plugins.freight.engine.audit;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of audit events: insert and read, nothing else. */
public interface AuditRepository {

    long nextAutoId(Handle handle);

    void insert(Handle handle, AuditEvent event);

    Optional<AuditEvent> findById(Handle handle, String id);

    /** Matching events, newest first, honouring skip and take. */
    List<AuditEvent> query(Handle handle, EventQuery query);

    /** How many events match, counting at most {@code cap} (deep counts stay bounded). */
    long count(Handle handle, EventQuery query, long cap);
}
