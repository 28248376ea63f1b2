package io.jenkins.plugins.freight.engine.audit;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Handle;

/**
 * Writes audit events. Services call {@link #record(Handle, Caller, EventRequest)} inside the
 * transaction of the change, so the event exists exactly when the change does. There is no way to
 * change or remove an event: this class and its repository only insert, and the database refuses
 * UPDATE and DELETE on the event tables.
 */
public final class AuditLog {

    private static final int MAX_MESSAGE = 4000;

    private final Database database;
    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this(database, new JdbcAuditRepository(), clock);
    }

    AuditLog(Database database, AuditRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    /** Records one event in the caller's transaction. */
    public AuditEvent record(Handle handle, Caller caller, EventRequest request) {
        long autoId = repository.nextAutoId(handle);
        String message =
                request.message().length() > MAX_MESSAGE
                        ? request.message().substring(0, MAX_MESSAGE - 1) + "…"
                        : request.message();
        AuditEvent event =
                new AuditEvent(
                        "Events-" + autoId,
                        autoId,
                        request.spaceId(),
                        request.category(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS),
                        caller.userId(),
                        caller.username(),
                        isService(handle, caller),
                        identity(caller),
                        caller.apiKeyId(),
                        caller.ipAddress(),
                        request.projectId(),
                        request.environmentId(),
                        request.tenantId(),
                        message,
                        request.relatedDocumentIds(),
                        ChangeDiff.between(request.before(), request.after()));
        repository.insert(handle, event);
        return event;
    }

    /** Records one event in a transaction of its own (sign-ins, which change no document). */
    public AuditEvent record(Caller caller, EventRequest request) {
        return database.inTransaction(h -> record(h, caller, request));
    }

    private static boolean isService(Handle handle, Caller caller) {
        if (caller.isSystem()) {
            return true;
        }
        return handle.createQuery("SELECT is_service FROM users WHERE id = :id")
                .bind("id", caller.userId())
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false);
    }

    /** Octopus's {@code IdentityEstablishedWith} wording. */
    private static String identity(Caller caller) {
        return switch (caller.via()) {
            case API_KEY -> "API key";
            case SESSION -> "Session cookie";
            case JENKINS -> "Jenkins";
            case SYSTEM -> "System";
        };
    }
}
