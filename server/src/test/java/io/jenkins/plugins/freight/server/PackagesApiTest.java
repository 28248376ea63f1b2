package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pushing packages and build information as the TS, Go, C# and legacy clients do. */
class PackagesApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Response upload(
            String query, String part, String fileName, byte[] content) {
        return server.send(
                Multipart.upload(
                        server.base() + "/api/Spaces-1/packages/raw" + query,
                        TestServer.ADMIN_KEY,
                        Multipart.body(part, fileName, content)));
    }

    @Test
    void pushWithEitherPartNameThenFindGetAndDownload() throws Exception {
        byte[] zip = Multipart.zip("index.html", "<h1>Hello</h1>");
        TestServer.Response ts =
                upload("?overwriteMode=FailIfExists", "fileToUpload", "Hello.1.0.0.zip", zip);
        assertThat(ts.status()).as(ts.body()).isEqualTo(201);
        JsonNode pkg = ts.json();
        assertThat(pkg.get("PackageId").asText()).isEqualTo("Hello");
        assertThat(pkg.get("Version").asText()).isEqualTo("1.0.0");
        assertThat(pkg.get("FileExtension").asText()).isEqualTo(".zip");
        assertThat(pkg.get("PackageSizeBytes").asLong()).isEqualTo(zip.length);
        assertThat(pkg.get("FeedId").asText()).isEqualTo("feeds-builtin");

        TestServer.Response go =
                upload("?overwriteMode=FailIfExists", "file", "Hello.1.0.1.zip", zip);
        assertThat(go.status()).isEqualTo(201);

        JsonNode found = server.get("/api/Spaces-1/packages?filter=Hello").json();
        assertThat(found.get("Items").findValuesAsText("Version")).contains("1.0.0", "1.0.1");
        String id = found.get("Items").get(0).get("Id").asText();
        assertThat(server.get("/api/Spaces-1/packages/" + id).json().get("PackageId").asText())
                .isEqualTo("Hello");
        assertThat(server.get("/api/Spaces-1/packages/Hello.1.0.0").status()).isEqualTo(200);

        HttpResponse<byte[]> raw =
                server.http()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        server.base()
                                                                + "/api/Spaces-1/packages/"
                                                                + pkg.get("Id").asText()
                                                                + "/raw"))
                                        .header("X-Octopus-ApiKey", TestServer.ADMIN_KEY)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(zip);
    }

    @Test
    void overwriteModesAndLegacyReplace() {
        byte[] v1 = Multipart.zip("a.txt", "one");
        byte[] v2 = Multipart.zip("a.txt", "two, longer");
        assertThat(upload("", "file", "Modes.2.0.0.zip", v1).status()).isEqualTo(201);

        TestServer.Response conflict =
                upload("?overwriteMode=FailIfExists", "file", "Modes.2.0.0.zip", v2);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("ErrorMessage").asText())
                .contains("A package with the same name and version already exists");
        assertThat(upload("?replace=false", "file", "Modes.2.0.0.zip", v2).status()).isEqualTo(409);

        TestServer.Response ignored =
                upload("?overwriteMode=IgnoreIfExists", "file", "Modes.2.0.0.zip", v2);
        assertThat(ignored.status()).isEqualTo(200);
        assertThat(ignored.json().get("PackageSizeBytes").asLong()).isEqualTo(v1.length);

        TestServer.Response replaced = upload("?replace=true", "file", "Modes.2.0.0.zip", v2);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("PackageSizeBytes").asLong()).isEqualTo(v2.length);

        TestServer.Response overwritten =
                upload("?overwriteMode=OverwriteExisting", "file", "Modes.2.0.0.zip", v1);
        assertThat(overwritten.status()).isEqualTo(200);
        assertThat(overwritten.json().get("PackageSizeBytes").asLong()).isEqualTo(v1.length);

        assertThat(upload("?overwriteMode=Sometimes", "file", "Modes.2.0.1.zip", v1).status())
                .isEqualTo(400);
    }

    @Test
    void badUploadsAre400AndStoreNothing() {
        byte[] zip = Multipart.zip("a.txt", "x");
        assertThat(upload("", "file", "../../etc/Evil.1.0.0.zip", zip).status()).isEqualTo(400);
        assertThat(upload("", "file", "no-version.zip", zip).status()).isEqualTo(400);

        TestServer.Response notMultipart =
                server.send("POST", "/api/Spaces-1/packages/raw", "{}", TestServer.ADMIN_KEY);
        assertThat(notMultipart.status()).isEqualTo(400);

        String noFile =
                "--"
                        + Multipart.BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--"
                        + Multipart.BOUNDARY
                        + "--\r\n";
        TestServer.Response noFilePart =
                server.send(
                        Multipart.upload(
                                server.base() + "/api/Spaces-1/packages/raw",
                                TestServer.ADMIN_KEY,
                                noFile.getBytes(StandardCharsets.UTF_8)));
        assertThat(noFilePart.status()).isEqualTo(400);
        assertThat(noFilePart.json().get("ErrorMessage").asText()).contains("file part");

        byte[] truncated =
                ("--"
                                + Multipart.BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Cut.1.0.0.zip\""
                                + "\r\n\r\nPK-partial-content-without-end")
                        .getBytes(StandardCharsets.UTF_8);
        TestServer.Response cut =
                server.send(
                        Multipart.upload(
                                server.base() + "/api/Spaces-1/packages/raw",
                                TestServer.ADMIN_KEY,
                                truncated));
        assertThat(cut.status()).isEqualTo(400);

        JsonNode all = server.get("/api/Spaces-1/packages?take=2147483647").json();
        assertThat(all.get("Items").findValuesAsText("PackageId"))
                .doesNotContain("Evil", "Cut", "no-version");
        assertThat(server.get("/api/Spaces-1/packages/packages-Nope.9.9.9").status())
                .isEqualTo(404);
    }

    @Test
    void buildInformationFromTsAndGo() {
        Map<String, Object> ts =
                Map.of(
                        "spaceId", "Spaces-1",
                        "spaceName", "Default",
                        "PackageId", "Hello",
                        "Version", "1.0.0",
                        "OctopusBuildInformation",
                                Map.of(
                                        "BuildEnvironment", "Jenkins",
                                        "BuildNumber", "42",
                                        "BuildUrl", "https://ci.example.com/job/hello/42",
                                        "Branch", "main",
                                        "VcsType", "Git",
                                        "VcsRoot", "https://git.example.com/hello.git",
                                        "VcsCommitNumber", "abc123",
                                        "Commits",
                                                java.util.List.of(
                                                        Map.of("Id", "abc123", "Comment", "Fix"))));
        TestServer.Response first =
                server.post("/api/Spaces-1/build-information?overwriteMode=FailIfExists", ts);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("BuildNumber").asText()).isEqualTo("42");
        assertThat(first.json().get("Commits").get(0).get("Id").asText()).isEqualTo("abc123");

        TestServer.Response again =
                server.post("/api/Spaces-1/build-information?overwriteMode=FailIfExists", ts);
        assertThat(again.status()).isEqualTo(409);

        Map<String, Object> go = new java.util.HashMap<>(ts);
        go.put("OverwriteMode", "OverwriteExisting");
        assertThat(server.post("/api/Spaces-1/build-information", go).status()).isEqualTo(200);

        JsonNode list = server.get("/api/Spaces-1/build-information?packageId=Hello").json();
        assertThat(list.get("Items")).hasSize(1);
        String id = list.get("Items").get(0).get("Id").asText();
        assertThat(server.get("/api/Spaces-1/build-information/" + id).status()).isEqualTo(200);
    }
}
