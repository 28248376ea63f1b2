package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole pipeline runs as the Go CLI ({@code octopus package upload}, {@code release create}, {@code
 * release deploy}, {@code task wait --progress}) and the .NET client ({@code Octopus.Client}:
 * link-driven, process template, feed search, classic release and deployment, waiting on {@code
 * Links.Self}) send them, request by request, over plain HTTP.
 */
class GoCliAndDotNetRunsTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        HelloProject.create(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void goCliUploadsCreatesAReleaseDeploysAndWaits() {
        // startup: root with a trailing slash, spaces/all, the space root
        assertThat(server.get("/api/").status()).isEqualTo(200);
        String space = null;
        for (JsonNode s : server.get("/api/spaces/all").json()) {
            if (s.get("Name").asText().equalsIgnoreCase("default")) {
                space = s.get("Id").asText();
            }
        }
        JsonNode spaceLinks = server.get("/api/" + space).json().get("Links");

        // octopus package upload --overwrite-mode fail: part "file"
        TestServer.Response upload =
                server.send(
                        Multipart.upload(
                                server.base()
                                        + "/api/"
                                        + space
                                        + "/packages/raw?overwriteMode=FailIfExists",
                                TestServer.ADMIN_KEY,
                                Multipart.body(
                                        "file",
                                        "Hello.4.0.0.zip",
                                        HelloProject.packageZip("4.0.0"))));
        assertThat(upload.status()).isEqualTo(201);

        // octopus release create: project by name (404), then partialName; camelCase body
        assertThat(server.get("/api/" + space + "/projects/Hello%20Worl").status()).isEqualTo(404);
        JsonNode found = server.get("/api/" + space + "/projects?partialName=Hello%20Worl").json();
        assertThat(found.get("Items").findValuesAsText("Name")).contains(HelloProject.PROJECT);
        Map<String, Object> release = new HashMap<>();
        release.put("spaceIdOrName", space);
        release.put("spaceId", space);
        release.put("projectName", HelloProject.PROJECT);
        release.put("packageVersion", "4.0.0");
        release.put("releaseVersion", "4.0.0");
        release.put("ignoreIfAlreadyExists", false);
        release.put("ignoreChannelRules", false);
        JsonNode created = server.post("/api/" + space + "/releases/create/v1", release).json();
        JsonNode read =
                server.get("/api/" + space + "/releases/" + created.get("ReleaseId").asText())
                        .json();
        assertThat(
                        server.get("/api/" + space + "/channels/" + read.get("ChannelId").asText())
                                .json()
                                .get("Name")
                                .asText())
                .isEqualTo("Default");

        // octopus release deploy: camelCase executions body, RFC 3339 dates, null guided failure
        Map<String, Object> deploy = new HashMap<>();
        deploy.put("spaceIdOrName", space);
        deploy.put("projectName", HelloProject.PROJECT);
        deploy.put("releaseVersion", "4.0.0");
        deploy.put("environmentNames", List.of("dev"));
        deploy.put("useGuidedFailure", null);
        deploy.put("forcePackageDownload", false);
        deploy.put("variables", Map.of());
        JsonNode tasks =
                server.post("/api/" + space + "/deployments/create/untenanted/v1", deploy)
                        .json()
                        .get("DeploymentServerTasks");
        String taskId = tasks.get(0).get("ServerTaskId").asText();

        // octopus task wait --progress: the Tasks link with ids (encoded comma), Page.Next, details
        String tasksLink = spaceLinks.get("Tasks").asText();
        JsonNode done = null;
        for (int i = 0; i < 600 && done == null; i++) {
            List<JsonNode> items = new ArrayList<>();
            String page =
                    ApiConventionsTest.expand(
                            tasksLink, Map.of("ids", taskId + ",ServerTasks-77777"));
            while (page != null) {
                JsonNode collection = server.get(page).json();
                collection.get("Items").forEach(items::add);
                page =
                        collection.get("Links").has("Page.Next")
                                ? collection.get("Links").get("Page.Next").asText()
                                : null;
            }
            assertThat(items).as("no server tasks found").isNotEmpty();
            JsonNode details =
                    server.get("/api/tasks/" + taskId + "/details?verbose=false&tail=20").json();
            assertThat(details.get("ActivityLogs").isArray()).isTrue();
            if (items.get(0).get("IsCompleted").asBoolean()) {
                done = items.get(0);
            } else {
                sleep(100);
            }
        }
        assertThat(done).isNotNull();
        assertThat(done.get("FinishedSuccessfully").asBoolean())
                .as(server.get("/api/tasks/" + taskId + "/raw").body())
                .isTrue();
    }

    @Test
    void dotNetClientCreatesAReleaseFromTheTemplateDeploysAndWaits() {
        HelloProject.push(server, "5.0.0");
        HelloProject.push(server, "5.1.0");
        // link discovery: root, current user, the user's spaces, the default space's home
        JsonNode root = server.get("/api").json();
        assertThat(root.get("ApiVersion").asText()).isEqualTo("3.0.0");
        JsonNode me = server.get(root.get("Links").get("CurrentUser").asText()).json();
        JsonNode defaultSpace = null;
        for (JsonNode s : server.get(me.get("Links").get("Spaces").asText()).json()) {
            if (s.get("IsDefault").asBoolean()) {
                defaultSpace = s;
            }
        }
        JsonNode home = server.get(defaultSpace.get("Links").get("SpaceHome").asText()).json();
        JsonNode links = home.get("Links");

        // Projects.FindByName: ?name=, following Page.Next, exact case-insensitive match
        JsonNode project = null;
        String page =
                ApiConventionsTest.expand(
                        links.get("Projects").asText(), Map.of("name", "hello world"));
        while (page != null && project == null) {
            JsonNode collection = server.get(page).json();
            for (JsonNode p : collection.get("Items")) {
                if (p.get("Name").asText().equalsIgnoreCase("hello world")) {
                    project = p;
                }
            }
            page =
                    collection.get("Links").has("Page.Next")
                            ? collection.get("Links").get("Page.Next").asText()
                            : null;
        }
        assertThat(project).isNotNull();

        // ReleasePlanBuilder: process, default channel, template, newest version from the feed
        JsonNode process =
                server.get(project.get("Links").get("DeploymentProcess").asText()).json();
        JsonNode channels =
                server.get(
                                ApiConventionsTest.expand(
                                        project.get("Links").get("Channels").asText(), Map.of()))
                        .json();
        JsonNode channel = null;
        for (JsonNode c : channels.get("Items")) {
            if (c.get("IsDefault").asBoolean()) {
                channel = c;
            }
        }
        JsonNode template =
                server.get(
                                ApiConventionsTest.expand(
                                        process.get("Links").get("Template").asText(),
                                        Map.of("channel", channel.get("Id").asText())))
                        .json();
        List<Map<String, Object>> selected = new ArrayList<>();
        for (JsonNode p : template.get("Packages")) {
            JsonNode feed = server.get("/api/Spaces-1/feeds/" + p.get("FeedId").asText()).json();
            JsonNode versions =
                    server.get(
                                    ApiConventionsTest.expand(
                                            feed.get("Links")
                                                    .get("SearchPackageVersionsTemplate")
                                                    .asText(),
                                            Map.of(
                                                    "packageId", p.get("PackageId").asText(),
                                                    "take", "1",
                                                    "includePreRelease", "false")))
                            .json();
            selected.add(
                    Map.of(
                            "ActionName", p.get("ActionName").asText(),
                            "PackageReferenceName", p.get("PackageReferenceName").asText(),
                            "Version", versions.get("Items").get(0).get("Version").asText()));
        }
        assertThat(selected).extracting(m -> m.get("Version")).containsExactly("5.1.0");

        // Releases.Create: classic POST with ?ignoreChannelRules=false, then GET Links.Self
        Map<String, Object> body = new HashMap<>();
        body.put("ProjectId", project.get("Id").asText());
        body.put("ChannelId", channel.get("Id").asText());
        body.put("Version", "5.1.0");
        body.put("ReleaseNotes", null);
        body.put("SelectedPackages", selected);
        body.put("SelectedGitResources", List.of());
        body.put("Links", Map.of());
        String releases = ApiConventionsTest.expand(links.get("Releases").asText(), Map.of());
        TestServer.Response created = server.post(releases + "?ignoreChannelRules=false", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode release = server.get(created.json().get("Links").get("Self").asText()).json();
        assertThat(release.get("SelectedPackages").get(0).get("Version").asText())
                .isEqualTo("5.1.0");
        // GetReleaseByVersion
        assertThat(
                        server.get(
                                        ApiConventionsTest.expand(
                                                project.get("Links").get("Releases").asText(),
                                                Map.of("version", "5.1.0")))
                                .json()
                                .get("Id")
                                .asText())
                .isEqualTo(release.get("Id").asText());

        // Deployments.Create: environment from the deployment template, classic POST, Links.Task
        JsonNode deploymentTemplate =
                server.get(release.get("Links").get("DeploymentTemplate").asText()).json();
        String dev = null;
        for (JsonNode e : deploymentTemplate.get("PromoteTo")) {
            if (e.get("Name").asText().equals("Dev")) {
                dev = e.get("Id").asText();
            }
        }
        Map<String, Object> deployment = new HashMap<>();
        deployment.put("ReleaseId", release.get("Id").asText());
        deployment.put("EnvironmentId", dev);
        deployment.put("Comments", "from Octopus.Client");
        deployment.put("FormValues", Map.of());
        deployment.put("ForcePackageDownload", false);
        deployment.put("UseGuidedFailure", false);
        deployment.put("SpecificMachineIds", List.of());
        deployment.put("ExcludedMachineIds", List.of());
        deployment.put("SkipActions", List.of());
        String deployments = ApiConventionsTest.expand(links.get("Deployments").asText(), Map.of());
        TestServer.Response deployed = server.post(deployments, deployment);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        JsonNode task = server.get(deployed.json().get("Links").get("Task").asText()).json();

        // Tasks.WaitForCompletion: GET Links.Self until State is not Queued/Executing/Cancelling
        String self = task.get("Links").get("Self").asText();
        String state = task.get("State").asText();
        for (int i = 0;
                i < 600 && List.of("Queued", "Executing", "Cancelling").contains(state);
                i++) {
            sleep(100);
            state = server.get(self).json().get("State").asText();
        }
        assertThat(state)
                .as(server.get(task.get("Links").get("Raw").asText()).body())
                .isEqualTo("Success");

        // Repository.Update of the deployment's project: PUT to Links.Self as POST + override
        ObjectNode changed =
                (ObjectNode) server.get(project.get("Links").get("Self").asText()).json();
        changed.put("Description", "updated by Octopus.Client");
        TestServer.Response put =
                server.send(
                        "POST",
                        changed.get("Links").get("Self").asText(),
                        changed,
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "PUT");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("Description").asText()).isEqualTo("updated by Octopus.Client");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
