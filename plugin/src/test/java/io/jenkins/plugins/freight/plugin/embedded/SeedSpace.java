package io.jenkins.plugins.freight.plugin.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed tutorial's configuration, made over the embedded engine's REST API as an administrator
 * would: environments Dev and Test, a lifecycle with one phase each, and projects whose only step
 * is an inline bash script marked "run on the server".
 */
public final class SeedSpace {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPACE = "/api/Spaces-1";

    private final String baseUrl;
    private final String apiKey;
    private final HttpClient http = HttpClient.newHttpClient();
    private String group;
    private String lifecycle;

    private SeedSpace(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Creates Dev, Test and the "Dev then Test" lifecycle. */
    public static SeedSpace create(String baseUrl, String apiKey) {
        SeedSpace space = new SeedSpace(baseUrl, apiKey);
        List<Map<String, Object>> phases = new ArrayList<>();
        for (String name : List.of("Dev", "Test")) {
            String env =
                    space.send("POST", SPACE + "/environments", Map.of("Name", name))
                            .get("Id")
                            .asText();
            phases.add(
                    Map.of(
                            "Name",
                            name,
                            "OptionalDeploymentTargets",
                            List.of(env),
                            "MinimumEnvironmentsBeforePromotion",
                            0));
        }
        space.lifecycle =
                space.send(
                                "POST",
                                SPACE + "/lifecycles",
                                Map.of(
                                        "Name",
                                        "Dev then Test",
                                        "ReleaseRetentionPolicy",
                                        Map.of(
                                                "ShouldKeepForever",
                                                false,
                                                "QuantityToKeep",
                                                30,
                                                "Unit",
                                                "Days"),
                                        "Phases",
                                        phases))
                        .get("Id")
                        .asText();
        space.group =
                space.send("GET", SPACE + "/projectgroups/all", null).get(0).get("Id").asText();
        return space;
    }

    /** A project whose process is one step running {@code script} with bash on the server. */
    public void scriptProject(String name, String step, String script) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Octopus.Action.RunOnServer", "true");
        properties.put("Octopus.Action.Script.ScriptSource", "Inline");
        properties.put("Octopus.Action.Script.Syntax", "Bash");
        properties.put("Octopus.Action.Script.ScriptBody", script);
        project(name, step, "Octopus.Script", properties);
    }

    /** A project whose process is one manual intervention step. */
    void signOffProject(String name, String step, String instructions) {
        project(
                name,
                step,
                "Octopus.Manual",
                Map.of("Octopus.Action.Manual.Instructions", instructions));
    }

    /** Takes responsibility for the task's pending intervention and submits {@code result}. */
    void submitIntervention(String taskId, String result) {
        JsonNode items =
                send("GET", SPACE + "/interruptions?pendingOnly=true&regarding=" + taskId, null)
                        .get("Items");
        String id = items.get(0).get("Id").asText();
        send("PUT", SPACE + "/interruptions/" + id + "/responsible", null);
        send(
                "POST",
                SPACE + "/interruptions/" + id + "/submit",
                Map.of("Result", result, "Notes", "Checked from the build"));
    }

    private void project(
            String name, String step, String actionType, Map<String, Object> properties) {
        String id =
                send(
                                "POST",
                                SPACE + "/projects",
                                Map.of(
                                        "Name",
                                        name,
                                        "ProjectGroupId",
                                        group,
                                        "LifecycleId",
                                        lifecycle))
                        .get("Id")
                        .asText();
        String path = SPACE + "/projects/" + id + "/deploymentprocesses";
        int version = send("GET", path, null).get("Version").asInt();
        Map<String, Object> action =
                Map.of(
                        "Name",
                        step,
                        "ActionType",
                        actionType,
                        "Properties",
                        properties,
                        "Packages",
                        List.of());
        send(
                "PUT",
                path,
                Map.of(
                        "ProjectId",
                        id,
                        "Version",
                        version,
                        "Steps",
                        List.of(Map.of("Name", step, "Actions", List.of(action)))));
    }

    /** The server task's state as the REST API reports it. */
    public String taskState(String taskId) {
        return send("GET", "/api/tasks/" + taskId, null).get("State").asText();
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("X-Octopus-ApiKey", apiKey)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(
                        method
                                + " "
                                + path
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
