package io.jenkins.plugins.freight.server.ops;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.server.http.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health}: 200 and {@code "Status": "Healthy"} while the database answers, 503 and {@code
 * "Unhealthy"} otherwise. Needs no credentials and tells nothing secret; load balancers use it.
 */
public final class HealthCheck {

    private final Database database;
    private final String nodeName;

    public HealthCheck(Database database, String nodeName) {
        this.database = database;
        this.nodeName = nodeName;
    }

    public void write(HttpServletResponse resp) throws IOException {
        boolean databaseUp;
        try {
            databaseUp =
                    database.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
                            == 1;
        } catch (RuntimeException e) {
            databaseUp = false;
        }
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
}
