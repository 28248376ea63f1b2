package io.jenkins.plugins.freight.engine.feed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The feed's background work: a periodic sweep of package files nothing uses. */
final class FeedMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(FeedMaintenance.class);

    private final FeedRetention retention;
    private ScheduledExecutorService executor;

    FeedMaintenance(FeedRetention retention) {
        this.retention = retention;
    }

    synchronized void start(Duration interval) {
        if (executor != null) {
            return;
        }
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "freight-feed-maintenance");
                            t.setDaemon(true);
                            return t;
                        });
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    private void sweep() {
        try {
            RetentionResult result = retention.apply(FeedRetentionPolicy.keepAll());
            if (result.filesDeleted() > 0) {
                LOG.info("Removed {} package file(s) nothing uses any more", result.filesDeleted());
            }
        } catch (RuntimeException e) {
            LOG.warn("Package feed maintenance failed; it runs again later: {}", e.getMessage());
        }
    }
}
