package io.jenkins.plugins.freight.server.ops;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.server.http.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /health}: 200 and {@code "Status": "Healthy"} while the database answers, 503 and {@code
 * "Unhealthy"} otherwise. Needs no credentials and tells nothing secret; load balancers use it.
 *
 * <p>The answer comes within {@link #DEADLINE} even when the database hangs or refuses connections
 * (the connection pool would wait 30 seconds for one): a probe still running counts as down, and
 * concurrent checks share the one probe in flight instead of piling up threads.
 */
public final class HealthCheck {

    static final Duration DEADLINE = Duration.ofSeconds(2);

    private final Database database;
    private final String nodeName;
    private final AtomicReference<CompletableFuture<Boolean>> probe = new AtomicReference<>();

    public HealthCheck(Database database, String nodeName) {
        this.database = database;
        this.nodeName = nodeName;
    }

    public void write(HttpServletResponse resp) throws IOException {
        boolean databaseUp = databaseAnswers();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Status", databaseUp ? "Healthy" : "Unhealthy");
        body.put("Database", databaseUp ? "Up" : "Down");
        body.put("Node", nodeName);
        byte[] json = Json.mapper().writeValueAsBytes(body);
        resp.setStatus(databaseUp ? 200 : 503);
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    private boolean databaseAnswers() {
        CompletableFuture<Boolean> current = probe.get();
        if (current == null || current.isDone()) {
            CompletableFuture<Boolean> fresh = new CompletableFuture<>();
            if (probe.compareAndSet(current, fresh)) {
                Thread thread = new Thread(() -> run(fresh), "freight-health-probe");
                thread.setDaemon(true);
                thread.start();
                current = fresh;
            } else {
                current = probe.get();
            }
        }
        try {
            return current.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(CompletableFuture<Boolean> result) {
        try {
            result.complete(
                    database.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
                            == 1);
        } catch (RuntimeException e) {
            result.complete(false);
        }
    }
}
