package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small real pipeline set up over HTTP: environments Dev and Test, the project {@code Hello
 * World} whose one step runs {@code deploy.sh} from the package {@code Hello} on the server.
 */
final class HelloProject {

    static final String PROJECT = "Hello World";
    static final String PACKAGE = "Hello";

    private HelloProject() {}

    /** The package: a zip with {@code deploy.sh}, which prints a line naming the version. */
    static byte[] packageZip(String version) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("deploy.sh"));
                zip.write(
                        ("#!/bin/bash\necho \"Hello from package " + version + "\"\n")
                                .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the environments and the project; answers the project's id. */
    static String create(TestServer server) {
        for (String env : List.of("Dev", "Test")) {
            if (server.get("/api/Spaces-1/environments/" + env).status() == 404) {
                ConfigurationApiTest.create(
                        server, "/api/Spaces-1/environments", Map.of("Name", env));
            }
        }
        String project = ConfigurationApiTest.newProject(server, PROJECT);
        String path = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        int version = server.get(path).json().get("Version").asInt();
        Map<String, Object> action =
                Map.of(
                        "Name",
                        "Run deploy.sh",
                        "ActionType",
                        "Octopus.Script",
                        "Properties",
                        Map.of(
                                "Octopus.Action.RunOnServer", "true",
                                "Octopus.Action.Script.ScriptSource", "Package",
                                "Octopus.Action.Script.ScriptFileName", "deploy.sh",
                                "Octopus.Action.Package.PackageId", PACKAGE,
                                "Octopus.Action.Package.FeedId", "feeds-builtin"),
                        "Packages",
                        List.of(
                                Map.of(
                                        "Name", "",
                                        "PackageId", PACKAGE,
                                        "FeedId", "feeds-builtin",
                                        "AcquisitionLocation", "Server")));
        TestServer.Response saved =
                server.put(
                        path,
                        Map.of(
                                "ProjectId", project,
                                "Version", version,
                                "Steps",
                                        List.of(
                                                Map.of(
                                                        "Name",
                                                        "Run deploy.sh",
                                                        "Actions",
                                                        List.of(action)))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return project;
    }

    static void push(TestServer server, String version) {
        TestServer.Response upload =
                server.send(
                        Multipart.upload(
                                server.base()
                                        + "/api/Spaces-1/packages/raw?overwriteMode=IgnoreIfExists",
                                TestServer.ADMIN_KEY,
                                Multipart.body(
                                        "fileToUpload",
                                        PACKAGE + "." + version + ".zip",
                                        packageZip(version))));
        assertThat(upload.status()).as(upload.body()).isIn(200, 201);
    }
}
