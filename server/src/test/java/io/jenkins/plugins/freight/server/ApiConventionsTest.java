package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every Octopus client relies on, over plain HTTP against the real server. */
class ApiConventionsTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rootDocumentIsServedWithoutCredentialsAtApiAndApiSlash() {
        for (String path : List.of("/api", "/api/")) {
            TestServer.Response root = server.send("GET", path, null, null);
            assertThat(root.status()).isEqualTo(200);
            assertThat(root.header("Content-Type")).startsWith("application/json");
            JsonNode doc = root.json();
            assertThat(doc.get("Application").asText()).isEqualTo("Octopus Deploy");
            assertThat(doc.get("ApiVersion").asText()).isEqualTo("3.0.0");
            String version = doc.get("Version").asText();
            assertThat(version).matches("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
            assertThat(compareVersions(version, "2022.3.5512")).isGreaterThanOrEqualTo(0);
            assertThat(doc.get("InstallationId").asText()).matches("[0-9a-f-]{36}");
            JsonNode links = doc.get("Links");
            assertThat(links.get("Self").asText()).isEqualTo("/api");
            assertThat(links.get("CurrentUser").asText()).isEqualTo("/api/users/me");
            assertThat(links.get("PackageUpload").asText())
                    .isEqualTo("/api/Spaces-1/packages/raw{?replace,overwriteMode}");
            assertThat(links.get("Spaces").asText())
                    .isEqualTo("/api/spaces{/id}{?skip,ids,take,partialName}");
            assertThat(links.has("PackageDeltaSignature")).isFalse();
            assertThat(links.get("FreightTaskFollow").asText())
                    .isEqualTo("/api/tasks/{id}/follow{?after,timeout}");
        }
    }

    @Test
    void installationIdIsStableAcrossRestarts() {
        DatabaseSettings database = DatabaseKind.H2.newSettings();
        String first;
        try (TestServer one = TestServer.start(database, "")) {
            first = one.send("GET", "/api", null, null).json().get("InstallationId").asText();
        }
        try (TestServer two = TestServer.start(database, "")) {
            assertThat(two.send("GET", "/api", null, null).json().get("InstallationId").asText())
                    .isEqualTo(first);
        }
    }

    @Test
    void everythingButTheRootDocumentNeedsAValidApiKey() {
        TestServer.Response none = server.send("GET", "/api/users/me", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("ErrorMessage").asText()).contains("API key");
        assertThat(none.json().get("Errors").isArray()).isTrue();

        assertThat(server.send("GET", "/api/users/me", null, "").status()).isEqualTo(401);
        TestServer.Response wrong =
                server.send("GET", "/api/users/me", null, "API-WRONGWRONGWRONGWRONGWRONG1");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("API-WRONG");
        assertThat(server.send("GET", "/api/Spaces-1", null, null).status()).isEqualTo(401);
        assertThat(server.send("GET", "/api/nothing-here", null, null).status()).isEqualTo(401);
    }

    @Test
    void apiKeyIsAcceptedInHeaderQueryAndBearerToken() {
        assertThat(server.get("/api/users/me").json().get("Username").asText()).isEqualTo("admin");
        assertThat(
                        server.send(
                                        "GET",
                                        "/api/users/me?apikey=" + TestServer.ADMIN_KEY,
                                        null,
                                        null)
                                .status())
                .isEqualTo(200);
        assertThat(
                        server.send(
                                        "GET",
                                        "/api/users/me",
                                        null,
                                        null,
                                        "Authorization",
                                        "Bearer " + TestServer.ADMIN_KEY)
                                .status())
                .isEqualTo(200);
    }

    @Test
    void unknownPathsAndIdsAre404WithAnErrorBody() {
        TestServer.Response path = server.get("/api/no-such-collection");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.json().get("ErrorMessage").asText()).isNotBlank();
        TestServer.Response user = server.get("/api/users/Users-9999");
        assertThat(user.status()).isEqualTo(404);
        assertThat(user.json().get("ErrorMessage").asText()).contains("Users-9999");
        assertThat(server.get("/api/Spaces-999").status()).isEqualTo(404);
        assertThat(server.get("/elsewhere").status()).isEqualTo(404);
    }

    @Test
    void wrongMethodIs405() {
        TestServer.Response response =
                server.send("POST", "/api/users/me", "{}", TestServer.ADMIN_KEY);
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("ErrorMessage").asText()).contains("POST");
    }

    @Test
    void spaceRootCarriesConcreteSpaceLinks() {
        JsonNode doc = server.get("/api/Spaces-1").json();
        assertThat(doc.get("Id").asText()).isEqualTo("Spaces-1");
        assertThat(doc.get("Links").get("Projects").asText())
                .startsWith("/api/Spaces-1/projects{/id}");
        assertThat(server.get("/api/spaces-1").status()).isEqualTo(200);
    }

    @Test
    void inputNamesAreCaseInsensitiveOutputIsPascalCaseAndUnknownFieldsAreIgnored() {
        TestServer.Response created =
                server.post(
                        "/api/users",
                        Map.of(
                                "username", "carol",
                                "DISPLAYNAME", "Carol",
                                "emailAddress", "carol@example.com",
                                "isService", true,
                                "spaceIdOrName", "Default",
                                "SomethingNew", Map.of("a", 1)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("Username").asText()).isEqualTo("carol");
        assertThat(user.get("DisplayName").asText()).isEqualTo("Carol");
        assertThat(user.get("IsService").asBoolean()).isTrue();
        assertThat(user.get("IsActive").asBoolean()).isTrue();
        assertThat(user.get("Created").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00");
        assertThat(server.get(user.get("Links").get("Self").asText().substring(0)).status())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonAndWrongTypesAre400AndChangeNothing() {
        int before = server.get("/api/users/all").json().size();
        TestServer.Response broken = server.post("/api/users", "{\"Username\": \"dave\", ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("ErrorMessage").asText()).contains("not valid JSON");
        TestServer.Response wrongType =
                server.post("/api/users", "{\"Username\":\"dave\",\"IsActive\":{\"x\":1}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("ErrorMessage").asText()).contains("IsActive");
        TestServer.Response trailing =
                server.post("/api/users", "{\"Username\":\"dave\",\"DisplayName\":\"D\"} {}");
        assertThat(trailing.status()).isEqualTo(400);
        TestServer.Response invalid =
                server.post("/api/users", Map.of("Username", "../../etc", "DisplayName", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("Errors")).hasSize(2);
        assertThat(server.get("/api/users/all").json().size()).isEqualTo(before);
    }

    @Test
    void oversizedBodyIs413AndChangesNothing() {
        String huge =
                "{\"Username\":\"big\",\"DisplayName\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        TestServer.Response response = server.post("/api/users", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(server.get("/api/users/big").status()).isEqualTo(404);
    }

    @Test
    void duplicateIsA409() {
        Map<String, Object> body = Map.of("Username", "erin", "DisplayName", "Erin");
        assertThat(server.post("/api/users", body).status()).isEqualTo(201);
        TestServer.Response again = server.post("/api/users", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("ErrorMessage").asText()).contains("erin");
    }

    @Test
    void methodOverrideTurnsPostIntoPutAndDelete() {
        String id =
                server.post("/api/users", Map.of("Username", "frank", "DisplayName", "Frank"))
                        .json()
                        .get("Id")
                        .asText();
        TestServer.Response put =
                server.send(
                        "POST",
                        "/api/users/" + id,
                        Map.of("Username", "frank", "DisplayName", "Franklin"),
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "PUT");
        assertThat(put.status()).isEqualTo(200);
        assertThat(server.get("/api/users/" + id).json().get("DisplayName").asText())
                .isEqualTo("Franklin");

        JsonNode key = server.post("/api/users/me/apikeys", Map.of("Purpose", "temp")).json();
        TestServer.Response delete =
                server.send(
                        "POST",
                        key.get("Links").get("Self").asText(),
                        null,
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "DELETE");
        assertThat(delete.status()).isEqualTo(200);
        assertThat(server.send("GET", "/api/users/me", null, key.get("ApiKey").asText()).status())
                .isEqualTo(401);
    }

    @Test
    void collectionsPageWithNextOnlyWhenAnotherPageExists() {
        for (String name : List.of("pg-a", "pg-b", "pg-c")) {
            server.post("/api/users", Map.of("Username", name, "DisplayName", name));
        }
        JsonNode first = server.get("/api/users?filter=pg-&take=2").json();
        assertThat(first.get("ItemType").asText()).isEqualTo("User");
        assertThat(first.get("TotalResults").asInt()).isEqualTo(3);
        assertThat(first.get("ItemsPerPage").asInt()).isEqualTo(2);
        assertThat(first.get("NumberOfPages").asInt()).isEqualTo(2);
        assertThat(first.get("LastPageNumber").asInt()).isEqualTo(1);
        assertThat(first.get("Items")).hasSize(2);
        JsonNode links = first.get("Links");
        assertThat(links.get("Page.Next").asText())
                .isEqualTo("/api/users?filter=pg-&skip=2&take=2");
        assertThat(links.get("Page.All").asText())
                .isEqualTo("/api/users?filter=pg-&skip=0&take=2147483647");
        assertThat(links.get("Template").asText())
                .isEqualTo("/api/users{/id}{?skip,take,ids,filter}");

        JsonNode second = server.get(links.get("Page.Next").asText()).json();
        assertThat(second.get("Items")).hasSize(1);
        assertThat(second.get("Links").has("Page.Next")).isFalse();

        JsonNode all = server.get("/api/users?filter=pg-&take=2147483647").json();
        assertThat(all.get("Items")).hasSize(3);
        assertThat(all.get("Links").has("Page.Next")).isFalse();

        JsonNode empty = server.get("/api/users?filter=nobody-at-all").json();
        assertThat(empty.get("Items")).isEmpty();
        assertThat(empty.get("TotalResults").asInt()).isZero();

        assertThat(server.get("/api/users?take=-1").status()).isEqualTo(400);
        assertThat(server.get("/api/users?skip=abc").status()).isEqualTo(400);
    }

    @Test
    void idsFilterAcceptsCommasEncodedCommasAndRepeats() {
        String a =
                server.post("/api/users", Map.of("Username", "ids-a", "DisplayName", "A"))
                        .json()
                        .get("Id")
                        .asText();
        String b =
                server.post("/api/users", Map.of("Username", "ids-b", "DisplayName", "B"))
                        .json()
                        .get("Id")
                        .asText();
        for (String query :
                List.of(
                        "ids=" + a + "," + b,
                        "ids=" + a + "%2C" + b,
                        "ids=" + a + "&ids=" + b,
                        "ids=" + a + ",Users-424242&ids=" + b)) {
            JsonNode page = server.get("/api/users?" + query).json();
            assertThat(page.get("Items").findValuesAsText("Id"))
                    .as(query)
                    .containsExactlyInAnyOrder(a, b);
        }
    }

    @Test
    void pathTraversalInPathsIsRefused() {
        assertThat(server.get("/api/users/%2E%2E").status()).isIn(400, 404);
        assertThat(server.get("/api/users/..%2F..%2Fetc").status()).isIn(400, 404);
    }

    @Test
    void healthAndMetricsAnswerWithoutCredentials() {
        TestServer.Response health = server.send("GET", "/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("Status").asText()).isEqualTo("Healthy");
        server.get("/api/users/me");
        TestServer.Response metrics = server.send("GET", "/metrics", null, null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("freight_http_request_duration_seconds_bucket{le=\"+Inf\"}")
                .contains("freight_http_requests_total{status=\"2xx\"}");
    }

    @Test
    void rootDocumentTemplatesAreRfc6570AndExpandToWorkingPaths() {
        JsonNode links = server.send("GET", "/api", null, null).json().get("Links");
        java.util.regex.Pattern expression = java.util.regex.Pattern.compile("\\{([^}]*)}");
        links.fields()
                .forEachRemaining(
                        link -> {
                            java.util.regex.Matcher m =
                                    expression.matcher(link.getValue().asText());
                            while (m.find()) {
                                assertThat(m.group(1))
                                        .as(link.getKey() + ": " + link.getValue().asText())
                                        .matches(
                                                "([/?&]?)[A-Za-z][A-Za-z0-9_]*(,[A-Za-z][A-Za-z0-9_]*)*");
                            }
                            assertThat(link.getValue().asText().replaceAll("\\{[^}]*}", ""))
                                    .as(link.getKey())
                                    .doesNotContain("{", "}");
                        });
        String project = ConfigurationApiTest.newProject(server, "Template Project");
        String projects = links.get("Projects").asText();
        assertThat(server.get(expand(projects, Map.of("id", project))).json().get("Id").asText())
                .isEqualTo(project);
        JsonNode page = server.get(expand(projects, Map.of("take", "1", "skip", "0"))).json();
        assertThat(page.get("ItemsPerPage").asInt()).isEqualTo(1);
        assertThat(
                        server.get(expand(links.get("Spaces").asText(), Map.of("id", "Spaces-1")))
                                .json()
                                .get("Id")
                                .asText())
                .isEqualTo("Spaces-1");
        assertThat(
                        server.get(
                                        expand(
                                                links.get("SpaceHome").asText(),
                                                Map.of("spaceId", "Spaces-1")))
                                .status())
                .isEqualTo(200);
        assertThat(server.get(expand(links.get("TaskTypes").asText(), Map.of())).status())
                .isEqualTo(200);
    }

    /**
     * RFC 6570 expansion of the forms the API uses: {@code {name}}, {@code {/name}}, {@code
     * {?a,b}}.
     */
    static String expand(String template, Map<String, String> values) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([/?&]?)([^}]*)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String operator = m.group(1);
            StringBuilder part = new StringBuilder();
            for (String name : m.group(2).split(",")) {
                String value = values.get(name);
                if (value == null) {
                    continue;
                }
                String encoded =
                        java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
                switch (operator) {
                    case "/" -> part.append('/').append(encoded);
                    case "?", "&" ->
                            part.append(part.isEmpty() ? operator : "&")
                                    .append(name)
                                    .append('=')
                                    .append(encoded);
                    default -> part.append(encoded);
                }
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(part.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void resourcesAnswerByIdSlugAndNameAndSpacesBySlugAndName() {
        String project = ConfigurationApiTest.newProject(server, "Path Names Project");
        for (String reference :
                List.of(
                        project,
                        "path-names-project",
                        "Path%20Names%20Project",
                        "path%20names%20project")) {
            TestServer.Response r = server.get("/api/Spaces-1/projects/" + reference);
            assertThat(r.status()).as(reference).isEqualTo(200);
            assertThat(r.json().get("Id").asText()).as(reference).isEqualTo(project);
        }
        String env =
                ConfigurationApiTest.create(
                        server, "/api/Spaces-1/environments", Map.of("Name", "Path Env"));
        for (String reference : List.of(env, "path-env", "Path%20Env")) {
            assertThat(
                            server.get("/api/Spaces-1/environments/" + reference)
                                    .json()
                                    .get("Id")
                                    .asText())
                    .as(reference)
                    .isEqualTo(env);
        }
        for (String space : List.of("Spaces-1", "default", "Default")) {
            assertThat(server.get("/api/spaces/" + space + "/projects/" + project).status())
                    .as(space)
                    .isEqualTo(200);
        }
        assertThat(server.get("/api/projects/" + project).status()).isEqualTo(200);
        assertThat(server.get("/api/Spaces-1/projects/no-such-project").status()).isEqualTo(404);
        assertThat(server.get("/api/spaces/no-such-space/projects").status()).isEqualTo(404);
    }

    @Test
    void errorBodiesCarryEachStatusClientsMapFrom() {
        String name = "status-user";
        String userId =
                server.post("/api/users", Map.of("Username", name, "DisplayName", name))
                        .json()
                        .get("Id")
                        .asText();
        String weakKey =
                server.engine()
                        .identity()
                        .createApiKey(
                                io.jenkins.plugins.freight.engine.security.Caller.system(),
                                userId,
                                "status test",
                                null)
                        .apiKey();
        Map<Integer, TestServer.Response> answers = new java.util.LinkedHashMap<>();
        answers.put(
                400, server.post("/api/Spaces-1/environments", Map.of("Description", "no name")));
        answers.put(401, server.send("GET", "/api/Spaces-1/environments", null, null));
        answers.put(403, server.send("GET", "/api/Spaces-1/environments", null, weakKey));
        answers.put(404, server.get("/api/Spaces-1/environments/Environments-98765"));
        answers.put(
                405,
                server.send("PATCH", "/api/Spaces-1/environments", null, TestServer.ADMIN_KEY));
        ConfigurationApiTest.create(server, "/api/Spaces-1/environments", Map.of("Name", "Twice"));
        answers.put(409, server.post("/api/Spaces-1/environments", Map.of("Name", "Twice")));
        answers.forEach(
                (status, r) -> {
                    assertThat(r.status()).as(status + ": " + r.body()).isEqualTo(status);
                    assertThat(r.header("Content-Type")).startsWith("application/json");
                    JsonNode body = r.json();
                    assertThat(body.get("ErrorMessage").asText()).as(status + "").isNotBlank();
                    assertThat(body.get("Errors").isArray()).as(status + "").isTrue();
                });
        assertThat(answers.get(400).json().get("Errors").toString()).contains("name is required");
        assertThat(answers.get(403).json().get("ErrorMessage").asText())
                .contains("EnvironmentView");
        assertThat(answers.get(409).json().get("ErrorMessage").asText()).contains("Twice");
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
