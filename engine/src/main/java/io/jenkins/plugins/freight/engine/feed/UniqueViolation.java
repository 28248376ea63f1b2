package io.jenkins.plugins.freight.engine.feed;

import java.sql.SQLException;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs an insert that may hit a unique constraint, the way concurrent pushes of the same version
 * find out who won. A savepoint keeps the surrounding transaction usable afterwards (PostgreSQL
 * would otherwise abort it).
 */
final class UniqueViolation {

    /** SQLSTATE for a unique constraint violation, on H2 and PostgreSQL. */
    static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    /** Runs the insert; true when it inserted, false when a unique constraint refused it. */
    static boolean tolerated(Handle handle, IntSupplier insert) {
        String savepoint = "before_insert";
        handle.savepoint(savepoint);
        try {
            boolean inserted = insert.getAsInt() > 0;
            handle.release(savepoint);
            return inserted;
        } catch (JdbiException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(savepoint); // also ends the savepoint
            return false;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
