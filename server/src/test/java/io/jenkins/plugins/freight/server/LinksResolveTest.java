package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every link the API hands out leads somewhere: starting at {@code /api} with a project, a release,
 * a finished deployment, a tenant and a team in place, the test follows every {@code Links} entry
 * of every JSON answer (templates expanded with no values) and expects no 404 and no server error.
 * Action links (cancel, submit, …) may answer a GET with 405.
 */
class LinksResolveTest {

    private static final int MAX_REQUESTS = 600;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        HelloProject.create(server);
        HelloProject.push(server, "1.0.0");
        String taskId =
                server.post(
                                "/api/Spaces-1/deployments/create/untenanted/v1",
                                Map.of(
                                        "ProjectName",
                                        HelloProject.PROJECT,
                                        "ReleaseVersion",
                                        server.post(
                                                        "/api/Spaces-1/releases/create/v1",
                                                        Map.of(
                                                                "ProjectName",
                                                                HelloProject.PROJECT,
                                                                "ReleaseVersion",
                                                                "1.0.0"))
                                                .json()
                                                .get("ReleaseVersion")
                                                .asText(),
                                        "EnvironmentNames",
                                        List.of("Dev")))
                        .json()
                        .get("DeploymentServerTasks")
                        .get(0)
                        .get("ServerTaskId")
                        .asText();
        server.engine()
                .tasks()
                .awaitCompletion(
                        server.engine()
                                .identity()
                                .authenticate(TestServer.ADMIN_KEY, "127.0.0.1")
                                .orElseThrow(),
                        taskId,
                        java.time.Duration.ofSeconds(60));
        ConfigurationApiTest.create(server, "/api/Spaces-1/tenants", Map.of("Name", "Acme"));
        ConfigurationApiTest.create(server, "/api/teams", Map.of("Name", "Linkers"));
        String account =
                ConfigurationApiTest.create(
                        server,
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType", "UsernamePassword",
                                "Name", "linker",
                                "Username", "linker",
                                "Password", Map.of("HasValue", true, "NewValue", "linker-pw")));
        ConfigurationApiTest.create(
                server,
                "/api/Spaces-1/machines",
                Map.of(
                        "Name", "link-target",
                        "EnvironmentIds",
                                List.of(
                                        server.get("/api/Spaces-1/environments/Test")
                                                .json()
                                                .get("Id")
                                                .asText()),
                        "Roles", List.of("linked"),
                        "Endpoint",
                                Map.of(
                                        "CommunicationStyle",
                                        "Ssh",
                                        "Host",
                                        "127.0.0.1",
                                        "AccountId",
                                        account,
                                        "Fingerprint",
                                        "SHA256:" + "A".repeat(43))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLinkResolvesAndEveryAnswerFollowsTheConventions() {
        Deque<String> queue = new ArrayDeque<>(List.of("/api"));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> broken = new ArrayList<>();
        List<String> conventionProblems = new ArrayList<>();
        int requests = 0;
        while (!queue.isEmpty() && requests < MAX_REQUESTS) {
            String path = queue.poll();
            TestServer.Response r = server.get(path);
            requests++;
            if (r.status() == 404 || r.status() >= 500) {
                broken.add(path + " -> " + r.status() + " " + r.body());
                continue;
            }
            String type = r.header("Content-Type");
            if (r.status() != 200 || type == null || !type.startsWith("application/json")) {
                continue;
            }
            JsonNode json = r.json();
            checkConventions(path, json, "", conventionProblems);
            List<String> found = new ArrayList<>();
            collectLinks(json, found);
            for (String link : found) {
                String expanded = expand(link);
                if (expanded != null && seen.add(expanded)) {
                    queue.add(expanded);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(conventionProblems).isEmpty();
        assertThat(seen)
                .as("the crawl reached the resources it was meant to")
                .anyMatch(p -> p.contains("/deployments/template"))
                .anyMatch(p -> p.contains("/deploymentprocesses/") && p.endsWith("/template"))
                .anyMatch(p -> p.contains("/feeds/feeds-builtin"))
                .anyMatch(p -> p.contains("/tasks/ServerTasks-"))
                .anyMatch(p -> p.contains("/tenants/Tenants-"))
                .anyMatch(p -> p.contains("/teams/"))
                .anyMatch(p -> p.contains("/machines/Machines-") && p.endsWith("/tasks"));
    }

    /** Maps whose keys are data (ids, property names, user text), not property names. */
    private static final Set<String> DATA_MAPS =
            Set.of("Properties", "CustomFields", "FormValues", "Scope", "Values", "Variables");

    /**
     * PascalCase property names everywhere, and on collections {@code Page.Next} exactly when
     * another page exists.
     */
    private static void checkConventions(
            String path, JsonNode node, String parent, List<String> problems) {
        if (node.isObject()) {
            if (node.has("ItemType") && node.has("Items") && node.has("Links")) {
                long total = node.get("TotalResults").asLong();
                long perPage = node.get("ItemsPerPage").asLong();
                String current = node.get("Links").path("Page.Current").asText("");
                java.util.regex.Matcher skip =
                        java.util.regex.Pattern.compile("[?&]skip=(\\d+)").matcher(current);
                long skipped = skip.find() ? Long.parseLong(skip.group(1)) : 0;
                boolean more = skipped + perPage < total;
                if (node.get("Links").has("Page.Next") != more) {
                    problems.add(path + ": Page.Next present=" + !more + " with " + total);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                boolean dataKeys = DATA_MAPS.contains(parent) || parent.equals("Links");
                if (!dataKeys && !Character.isUpperCase(f.getKey().charAt(0))) {
                    problems.add(path + ": property " + f.getKey() + " is not PascalCase");
                }
                if (!DATA_MAPS.contains(f.getKey())) {
                    checkConventions(path, f.getValue(), f.getKey(), problems);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> checkConventions(path, n, parent, problems));
        }
    }

    /** Every string under a {@code Links} object, anywhere in the document. */
    private static void collectLinks(JsonNode node, List<String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals("Links") && f.getValue().isObject()) {
                    f.getValue()
                            .fields()
                            .forEachRemaining(
                                    l -> {
                                        if (l.getValue().isTextual() && !l.getKey().equals("Web")) {
                                            into.add(l.getValue().asText());
                                        }
                                    });
                } else {
                    collectLinks(f.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectLinks(n, into));
        }
    }

    /**
     * The link with its optional RFC 6570 parts ({@code {/id}}, {@code {?a,b}}) left out; null for
     * links that need a value (e.g. {@code {id}}) or that wait (live following) or leave the API.
     */
    static String expand(String link) {
        String expanded = link.replaceAll("\\{[/?&][^}]*}", "");
        if (expanded.contains("{")
                || !expanded.startsWith("/api")
                || expanded.contains("/follow")) {
            return null;
        }
        return expanded;
    }
}
