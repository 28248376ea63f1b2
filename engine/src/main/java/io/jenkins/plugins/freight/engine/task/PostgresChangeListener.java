package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.storage.Database;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, wakes this node's waiters when a task changes on another node: every change is
 * announced with {@code NOTIFY} (see {@link JdbcTaskRepository}) and this component keeps one
 * pooled connection {@code LISTEN}ing between {@link #start()} and {@link #stop()}. Without it (or
 * on H2) waiters still see other nodes' changes by polling.
 */
final class PostgresChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeListener.class);
    private static final int WAIT_MILLIS = 500;

    private final Database database;
    private final ChangeNotifier notifier;
    private volatile boolean stopping;
    private Thread thread;

    PostgresChangeListener(Database database, ChangeNotifier notifier) {
        this.database = database;
        this.notifier = notifier;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        stopping = false;
        thread = new Thread(this::listen, "freight-task-changes");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopping = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    private void listen() {
        while (!stopping) {
            try {
                database.withHandle(
                        h -> {
                            h.execute("LISTEN " + JdbcTaskRepository.CHANNEL);
                            try {
                                PGConnection pg = h.getConnection().unwrap(PGConnection.class);
                                while (!stopping) {
                                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                                    if (received != null) {
                                        for (PGNotification n : received) {
                                            notifier.signal(n.getParameter());
                                        }
                                    }
                                }
                            } finally {
                                h.execute("UNLISTEN *");
                            }
                            return null;
                        });
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warn("Listening for task changes failed; retrying in a second", e);
                    sleep();
                }
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
