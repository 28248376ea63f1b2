package io.jenkins.plugins.freight.engine.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's side of the append-only audit log: refuses every UPDATE and DELETE on the event tables
 * (PostgreSQL has a PL/pgSQL trigger doing the same).
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "events";

    @Override
    public void init(
            Connection conn,
            String schemaName,
            String triggerName,
            String tableName,
            boolean before,
            int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "Audit events are append-only: changes to " + table + " are refused");
    }
}
