package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind against the real server on loopback: malformed JSON and multipart,
 * oversized headers, path traversal in names, invalid versions and unknown ids. Each request gets a
 * clear 4xx with an error body (no stack trace), and afterwards every collection, the feed's files
 * and the audit log are exactly as they were.
 */
class BadInputTest {

    private static final String S = "/api/Spaces-1";

    private static TestServer server;
    private static String project;
    private static String environment;
    private static String releaseId;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        project = HelloProject.create(server);
        HelloProject.push(server, "1.0.0");
        environment = server.get(S + "/environments/Dev").json().get("Id").asText();
        releaseId =
                server.post(
                                S + "/releases/create/v1",
                                Map.of(
                                        "ProjectName",
                                        HelloProject.PROJECT,
                                        "ReleaseVersion",
                                        "1.0.0"))
                        .json()
                        .get("ReleaseId")
                        .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKindOfBadInputIsRefusedClearlyAndChangesNothing() throws Exception {
        Map<String, String> before = state();
        List<String> filesBefore = feedFiles();

        // malformed JSON, wrong shapes and wrong types
        for (String path :
                List.of(
                        S + "/environments",
                        S + "/projects",
                        S + "/releases/create/v1",
                        S + "/releases",
                        S + "/deployments/create/untenanted/v1",
                        S + "/deployments",
                        S + "/build-information",
                        S + "/channels",
                        "/api/users",
                        "/api/teams")) {
            expect(400, server.post(path, "{\"Name\": \"half"), path + " truncated JSON");
            expect(400, server.post(path, "[1,2,3]"), path + " array instead of object");
            expect(400, server.post(path, "{\"Name\":\"x\"} trailing"), path + " trailing text");
            expect(400, server.post(path, "\u0000\u0001binary"), path + " binary");
        }
        expect(400, server.put(S + "/environments/" + environment, "{"), "PUT truncated");
        expect(
                400,
                server.put(S + "/projects/" + project + "/deploymentprocesses", "{\"Steps\":{}}"),
                "process with Steps as an object");
        expect(
                400,
                server.put(S + "/variables/variableset-" + project, "{\"Variables\": 5}"),
                "variables as a number");
        expect(
                400,
                server.post(S + "/environments", "{\"Name\": {\"nested\": true}}"),
                "name as an object");

        // malformed multipart
        expect(400, upload("multipart/form-data", "x".getBytes()), "no boundary");
        expect(
                400,
                upload(
                        "multipart/form-data; boundary=" + Multipart.BOUNDARY,
                        "garbage without any boundary line".getBytes()),
                "no part at all");
        expect(
                400,
                upload(
                        "multipart/form-data; boundary=" + Multipart.BOUNDARY,
                        ("--"
                                        + Multipart.BOUNDARY
                                        + "\r\nContent-Disposition: form-data; name=\"file\";"
                                        + " filename=\"Half.1.0.0.zip\"\r\n\r\nPK...")
                                .getBytes(StandardCharsets.UTF_8)),
                "truncated part");
        expect(
                400,
                upload(
                        "multipart/form-data; boundary=" + Multipart.BOUNDARY,
                        ("--"
                                        + Multipart.BOUNDARY
                                        + "\r\n"
                                        + "X-Long: "
                                        + "h".repeat(70_000)
                                        + "\r\n\r\n")
                                .getBytes(StandardCharsets.UTF_8)),
                "part header without end");
        expect(400, upload("application/json", "{}".getBytes()), "not multipart");

        // path traversal in package file names, package ids and paths
        byte[] zip = Multipart.zip("a.txt", "x");
        for (String fileName :
                List.of(
                        "../../Evil.1.0.0.zip",
                        "..\\..\\Evil.1.0.0.zip",
                        "/etc/Evil.1.0.0.zip",
                        "sub/Evil.1.0.0.zip",
                        "..",
                        "Evil..1.0.0.zip",
                        "Evil.1.0.0.zip\u0000.txt")) {
            expect(400, upload(Multipart.body("file", fileName, zip)), "file name " + fileName);
        }
        expectClientError(server.get(S + "/packages/..%2F..%2Fetc%2Fpasswd"), "package id");
        expectClientError(server.get(S + "/packages/packages-..%2FEvil.1.0.0/raw"), "raw id");
        expectClientError(server.get("/api/..%2F..%2Fetc/passwd"), "encoded dots in path");
        expect(
                400,
                server.post(
                        S + "/build-information",
                        Map.of(
                                "PackageId", "../../Evil",
                                "Version", "1.0.0",
                                "OctopusBuildInformation", Map.of("BuildNumber", "1"))),
                "build information package id");
        expect(
                400,
                server.get(S + "/feeds/feeds-builtin/packages/versions?packageId=..%2FEvil"),
                "versions package id");

        // invalid versions
        expect(400, upload(Multipart.body("file", "Hello.not-a-version.zip", zip)), "file ver");
        expect(400, upload(Multipart.body("file", "Hello.zip", zip)), "no version");
        expect(
                400,
                server.post(
                        S + "/releases/create/v1",
                        Map.of("ProjectName", HelloProject.PROJECT, "ReleaseVersion", "1.0.0.0.0")),
                "release version");
        expect(
                400,
                server.post(
                        S + "/releases/create/v1",
                        Map.of(
                                "ProjectName", HelloProject.PROJECT,
                                "ReleaseVersion", "9.0.0",
                                "PackageVersion", "not a version")),
                "package version");
        expect(
                400,
                server.post(
                        S + "/build-information",
                        Map.of(
                                "PackageId", "Hello",
                                "Version", "1..0",
                                "OctopusBuildInformation", Map.of("BuildNumber", "1"))),
                "build information version");
        expect(
                400,
                server.get(
                        S
                                + "/feeds/feeds-builtin/packages/versions?packageId=Hello&versionRange=(1"),
                "version range");
        expect(400, server.get(S + "/channels/rule-test?version=v1.x"), "rule test version");

        // unknown ids
        expect(404, server.get(S + "/projects/Projects-9999"), "project");
        expect(404, server.put(S + "/environments/Environments-9999", Map.of("Name", "X")), "env");
        expect(404, server.delete(S + "/projects/Projects-9999"), "delete project");
        expect(404, server.post("/api/tasks/ServerTasks-9999/cancel", "{}"), "cancel");
        expect(404, server.post(S + "/tasks/ServerTasks-9999/rerun", "{}"), "rerun");
        expect(
                404,
                server.post(
                        S + "/interruptions/Interruptions-9999/submit",
                        Map.of("Result", "Proceed")),
                "submit");
        expect(404, server.get("/api/Spaces-9999/projects"), "space");
        expectClientError(
                server.post(
                        S + "/releases/create/v1",
                        Map.of("ProjectName", "No Such Project", "ReleaseVersion", "5.0.0")),
                "release of an unknown project");
        expectClientError(
                server.post(
                        S + "/deployments/create/untenanted/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "ReleaseVersion",
                                "1.0.0",
                                "EnvironmentNames",
                                List.of("Nowhere"))),
                "deploy to an unknown environment");
        expectClientError(
                server.post(
                        S + "/deployments",
                        Map.of("ReleaseId", releaseId, "EnvironmentId", "Environments-9999")),
                "classic deployment to an unknown environment");
        expectClientError(
                server.post(
                        S + "/deployments",
                        Map.of("ReleaseId", "Releases-9999", "EnvironmentId", environment)),
                "classic deployment of an unknown release");

        assertThat(state()).isEqualTo(before);
        assertThat(feedFiles()).isEqualTo(filesBefore);
        assertThat(feedFiles()).noneMatch(f -> f.toLowerCase().contains("evil"));
    }

    @Test
    void oversizedHeadersAre431AndChangeNothing() {
        Map<String, String> before = state();
        TestServer.Response response =
                server.send(
                        "POST",
                        S + "/environments",
                        Map.of("Name", "Header Env"),
                        TestServer.ADMIN_KEY,
                        "X-Padding",
                        "p".repeat(64 * 1024));
        assertThat(response.status()).isEqualTo(431);
        assertThat(state()).isEqualTo(before);
    }

    private static void expect(int status, TestServer.Response r, String what) {
        assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
        checkErrorBody(r, what);
    }

    private static void expectClientError(TestServer.Response r, String what) {
        assertThat(r.status()).as(what + ": " + r.body()).isBetween(400, 499);
        if (r.body() != null && r.body().startsWith("{")) {
            checkErrorBody(r, what);
        }
    }

    private static void checkErrorBody(TestServer.Response r, String what) {
        JsonNode body = r.json();
        assertThat(body.get("ErrorMessage").asText()).as(what).isNotBlank();
        assertThat(body.get("Errors").isArray()).as(what).isTrue();
        assertThat(body.get("FullException").isNull()).as(what).isTrue();
        String text = body.get("ErrorMessage").asText() + body.get("Errors");
        assertThat(text).as(what).doesNotContain("Exception", "\tat ", "io.jenkins", "jackson");
    }

    private static TestServer.Response upload(byte[] body) {
        return server.send(
                Multipart.upload(server.base() + S + "/packages/raw", TestServer.ADMIN_KEY, body));
    }

    private static TestServer.Response upload(String contentType, byte[] body) {
        return server.send(
                HttpRequest.newBuilder(URI.create(server.base() + S + "/packages/raw"))
                        .timeout(Duration.ofSeconds(30))
                        .header("X-Octopus-ApiKey", TestServer.ADMIN_KEY)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    /** What the API shows of every collection a bad request could have touched. */
    private static Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        String all = "?skip=0&take=2147483647";
        for (String path :
                List.of(
                        "/api/spaces/all",
                        "/api/users/all",
                        "/api/teams/all",
                        S + "/environments/all",
                        S + "/projectgroups/all",
                        S + "/lifecycles/all",
                        S + "/projects/all",
                        S + "/channels/all",
                        S + "/tenants/all",
                        S + "/machines/all",
                        S + "/accounts/all",
                        S + "/variables/all",
                        S + "/deploymentprocesses" + all,
                        S + "/packages" + all,
                        S + "/build-information" + all,
                        S + "/releases" + all,
                        S + "/deployments" + all,
                        S + "/interruptions" + all)) {
            TestServer.Response r = server.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            state.put(path, r.body());
        }
        state.put("tasks", server.get(S + "/tasks").json().get("TotalResults").asText());
        state.put("events", server.get("/api/events").json().get("TotalResults").asText());
        return state;
    }

    /** Every file under the server's data directory, relative to it. */
    private static List<String> feedFiles() {
        Path dataDir = server.engine().settings().dataDir();
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> dataDir.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
