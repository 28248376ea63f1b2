package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The endpoints clients read before they act: task types, the release template of a process, the
 * feed and its package versions, a release's deployment template and progression, the projects of a
 * lifecycle, variable set listings, a target's connection status, the channel rule test and the
 * event vocabularies; over plain HTTP against the real server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TemplatesAndReferenceDataApiTest {

    private static TestServer server;
    private static String project;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        project = HelloProject.create(server);
        HelloProject.push(server, "1.0.0");
        HelloProject.push(server, "1.0.1");
        HelloProject.push(server, "1.1.0-beta.1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rootDocumentAdvertisesTheSystemCollections() {
        JsonNode links = server.send("GET", "/api", null, null).json().get("Links");
        assertThat(links.get("TaskTypes").asText()).isEqualTo("/api/tasks/taskTypes");
        assertThat(links.get("Teams").asText()).startsWith("/api/teams{/id}");
        assertThat(links.get("UserRoles").asText()).startsWith("/api/userroles{/id}");
        assertThat(links.get("ScopedUserRoles").asText()).startsWith("/api/scopeduserroles{/id}");
        assertThat(links.get("PermissionDescriptions").asText()).isEqualTo("/api/permissions/all");
        assertThat(links.get("Events").asText()).startsWith("/api/events{/id}{?skip,regarding,");
        assertThat(links.get("Feeds").asText()).startsWith("/api/Spaces-1/feeds{/id}");
    }

    @Test
    void taskTypesAnswerUnscopedAndInASpace() {
        for (String path : List.of("/api/tasks/taskTypes", "/api/Spaces-1/tasks/taskTypes")) {
            TestServer.Response types = server.get(path);
            assertThat(types.status()).isEqualTo(200);
            assertThat(types.json().isArray()).isTrue();
            assertThat(types.json().findValuesAsText("Id")).contains("Deploy");
            assertThat(types.json().get(0).get("Name").asText()).isNotBlank();
        }
    }

    @Test
    @Order(1)
    void processTemplateListsPackagesWithTheirLatestVersionsBeforeAndAfterARelease() {
        String processId = "deploymentprocess-" + project;
        JsonNode before =
                server.get("/api/Spaces-1/deploymentprocesses/" + processId + "/template").json();
        assertThat(before.get("DeploymentProcessId").asText()).isEqualTo(processId);
        assertThat(before.get("LastReleaseVersion").isNull()).isTrue();
        assertThat(before.get("NextVersionIncrement").asText()).isEqualTo("0.0.1");
        JsonNode pkg = before.get("Packages").get(0);
        assertThat(pkg.get("ActionName").asText()).isEqualTo("Run deploy.sh");
        assertThat(pkg.get("StepName").asText()).isEqualTo("Run deploy.sh");
        assertThat(pkg.get("PackageReferenceName").asText()).isEmpty();
        assertThat(pkg.get("PackageId").asText()).isEqualTo(HelloProject.PACKAGE);
        assertThat(pkg.get("FeedId").asText()).isEqualTo("feeds-builtin");
        assertThat(pkg.get("IsResolvable").asBoolean()).isTrue();
        assertThat(pkg.get("ProjectName").asText()).isEqualTo(HelloProject.PROJECT);
        assertThat(pkg.get("VersionSelectedLastRelease").isNull()).isTrue();
        // the newest version of any kind: the default channel has no rules
        assertThat(pkg.get("FreightLatestVersion").asText()).isEqualTo("1.1.0-beta.1");

        TestServer.Response release =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of(
                                "ProjectName", HelloProject.PROJECT,
                                "ReleaseVersion", "2.0.0",
                                "PackageVersion", "1.0.0"));
        assertThat(release.status()).as(release.body()).isIn(200, 201);

        JsonNode after =
                server.get("/api/Spaces-1/projects/" + project + "/deploymentprocesses/template")
                        .json();
        assertThat(after.get("LastReleaseVersion").asText()).isEqualTo("2.0.0");
        assertThat(after.get("NextVersionIncrement").asText()).isEqualTo("2.0.1");
        assertThat(after.get("Packages").get(0).get("VersionSelectedLastRelease").asText())
                .isEqualTo("1.0.0");
        JsonNode process =
                server.get("/api/Spaces-1/projects/" + project + "/deploymentprocesses").json();
        String templateLink =
                process.get("Links").get("Template").asText().replace("{?channel,releaseId}", "");
        assertThat(server.get(templateLink).status()).isEqualTo(200);
        assertThat(
                        server.get(
                                        templateLink
                                                + "?releaseId="
                                                + release.json().get("ReleaseId").asText())
                                .json()
                                .get("Packages")
                                .get(0)
                                .get("PackageId")
                                .asText())
                .isEqualTo(HelloProject.PACKAGE);
    }

    @Test
    void processTemplateRefusesUnknownProcessesChannelsAndReleases() {
        String base = "/api/Spaces-1/deploymentprocesses/";
        assertThat(server.get(base + "deploymentprocess-Projects-9999/template").status())
                .isEqualTo(404);
        assertThat(
                        server.get(base + "deploymentprocess-" + project + "/template?channel=Nope")
                                .status())
                .isEqualTo(404);
        assertThat(
                        server.get(
                                        base
                                                + "deploymentprocess-"
                                                + project
                                                + "/template?releaseId=Releases-9999")
                                .status())
                .isEqualTo(404);
    }

    @Test
    void builtInFeedIsListedAndItsVersionsAreSearchedNewestFirst() {
        JsonNode feeds = server.get("/api/Spaces-1/feeds").json();
        assertThat(feeds.get("Items").findValuesAsText("Id")).containsExactly("feeds-builtin");
        assertThat(server.get("/api/feeds/all").json().get(0).get("FeedType").asText())
                .isEqualTo("BuiltIn");
        JsonNode feed = server.get("/api/Spaces-1/feeds/feeds-builtin").json();
        assertThat(server.get("/api/Spaces-1/feeds/feeds-nuget").status()).isEqualTo(404);

        String search =
                feed.get("Links")
                        .get("SearchPackageVersionsTemplate")
                        .asText()
                        .replaceAll("\\{.*$", "");
        JsonNode newest = server.get(search + "?packageId=Hello&take=1").json();
        assertThat(newest.get("Items").findValuesAsText("Version")).containsExactly("1.1.0-beta.1");
        assertThat(newest.get("Links").has("Page.Next")).isTrue();
        JsonNode stable =
                server.get(search + "?packageId=Hello&take=1&includePreRelease=false").json();
        assertThat(stable.get("Items").findValuesAsText("Version")).containsExactly("1.0.1");
        JsonNode ranged =
                server.get(search + "?packageId=Hello&versionRange=%5B1.0.0,1.0.1)").json();
        assertThat(ranged.get("Items").findValuesAsText("Version")).containsExactly("1.0.0");
        assertThat(ranged.get("Links").has("Page.Next")).isFalse();
        assertThat(server.get(search + "?packageId=Nobody").json().get("Items")).isEmpty();

        assertThat(server.get(search).status()).isEqualTo(400);
        TestServer.Response badRange = server.get(search + "?packageId=Hello&versionRange=%5B1,");
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.json().get("ErrorMessage").asText()).isNotBlank();
        assertThat(server.get(search + "?packageId=..%2F..%2Fetc").status()).isEqualTo(400);
    }

    @Test
    void releaseDeploymentTemplateAndProgressionNameWhereItMayGo() {
        String releaseId =
                server.post(
                                "/api/Spaces-1/releases/create/v1",
                                Map.of(
                                        "ProjectName", HelloProject.PROJECT,
                                        "ReleaseVersion", "3.0.0",
                                        "PackageVersion", "1.0.1"))
                        .json()
                        .get("ReleaseId")
                        .asText();
        JsonNode release = server.get("/api/Spaces-1/releases/" + releaseId).json();
        JsonNode template =
                server.get(release.get("Links").get("DeploymentTemplate").asText()).json();
        assertThat(template.get("IsDeploymentProcessModified").asBoolean()).isFalse();
        assertThat(template.get("PromoteTo").findValuesAsText("Name")).contains("Dev");
        String dev = server.get("/api/Spaces-1/environments/Dev").json().get("Id").asText();
        assertThat(template.get("PromoteTo").findValuesAsText("Id")).contains(dev);

        JsonNode progression = server.get(release.get("Links").get("Progression").asText()).json();
        assertThat(progression.get("Phases")).isNotEmpty();
        assertThat(progression.get("Phases").get(0).get("Progress").asText())
                .isIn("Current", "Complete", "Pending");
        assertThat(progression.get("NextDeployments").findValuesAsText("")).isEmpty();
        assertThat(progression.get("NextDeployments").toString()).contains(dev);

        assertThat(server.get("/api/Spaces-1/releases/Releases-9999/deployments/template").status())
                .isEqualTo(404);
        assertThat(server.get("/api/Spaces-1/releases/Releases-9999/progression").status())
                .isEqualTo(404);
    }

    @Test
    void lifecycleListsTheProjectsUsingIt() {
        JsonNode p = server.get("/api/Spaces-1/projects/" + project).json();
        String lifecycle = p.get("LifecycleId").asText();
        JsonNode using = server.get("/api/Spaces-1/lifecycles/" + lifecycle + "/projects").json();
        assertThat(using.isArray()).isTrue();
        assertThat(using.findValuesAsText("Id")).contains(project);
        assertThat(server.get("/api/Spaces-1/lifecycles/Lifecycles-9999/projects").status())
                .isEqualTo(404);
    }

    @Test
    void variableSetsAndNamesAreListed() {
        String setId = "variableset-" + project;
        JsonNode set = server.get("/api/Spaces-1/variables/" + setId).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) set)
                .set(
                        "Variables",
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                .arrayNode()
                                .add(
                                        new com.fasterxml.jackson.databind.ObjectMapper()
                                                .valueToTree(
                                                        Map.of(
                                                                "Name",
                                                                "Greeting",
                                                                "Value",
                                                                "hi"))));
        assertThat(server.put("/api/Spaces-1/variables/" + setId, set).status()).isEqualTo(200);

        JsonNode all = server.get("/api/Spaces-1/variables/all").json();
        assertThat(all.isArray()).isTrue();
        assertThat(all.findValuesAsText("Id")).contains(setId);
        JsonNode names = server.get("/api/Spaces-1/variables/names?project=" + project).json();
        assertThat(names.isArray()).isTrue();
        assertThat(names.toString()).contains("Greeting");
        assertThat(server.get("/api/Spaces-1/variables/names?project=Projects-9999").status())
                .isEqualTo(404);
    }

    @Test
    void targetConnectionStatusIsUnknownBeforeTheFirstHealthCheck() {
        String env =
                ConfigurationApiTest.create(
                        server, "/api/Spaces-1/environments", Map.of("Name", "Conn Env"));
        String account =
                ConfigurationApiTest.create(
                        server,
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType", "UsernamePassword",
                                "Name", "conn",
                                "Username", "deploy",
                                "Password", Map.of("HasValue", true, "NewValue", "s3cret-pw")));
        String machine =
                ConfigurationApiTest.create(
                        server,
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name", "conn-1",
                                "EnvironmentIds", List.of(env),
                                "Roles", List.of("web"),
                                "Endpoint",
                                        Map.of(
                                                "CommunicationStyle",
                                                "Ssh",
                                                "Host",
                                                "127.0.0.1",
                                                "Port",
                                                2222,
                                                "AccountId",
                                                account,
                                                "Fingerprint",
                                                "SHA256:" + "A".repeat(43))));
        JsonNode target = server.get("/api/Spaces-1/machines/" + machine).json();
        TestServer.Response connection = server.get(target.get("Links").get("Connection").asText());
        assertThat(connection.status()).isEqualTo(200);
        assertThat(connection.json().get("MachineId").asText()).isEqualTo(machine);
        assertThat(connection.json().get("Status").asText()).isEqualTo("Unknown");
        assertThat(connection.body()).doesNotContain("s3cret-pw");
        assertThat(server.get("/api/Spaces-1/machines/Machines-9999/connection").status())
                .isEqualTo(404);
    }

    @Test
    void channelRuleTestAnswersForQueryAndBody() {
        JsonNode inRange =
                server.get(
                                "/api/Spaces-1/channels/rule-test?version=1.2.0&versionRange=%5B1.0,2.0)"
                                        + "&preReleaseTag=%5E%24")
                        .json();
        assertThat(inRange.get("SatisfiesVersionRange").asBoolean()).isTrue();
        assertThat(inRange.get("SatisfiesPreReleaseTag").asBoolean()).isTrue();
        JsonNode outside =
                server.post(
                                "/api/Spaces-1/channels/rule-test",
                                Map.of(
                                        "version", "2.1.0-beta",
                                        "versionRange", "[1.0,2.0)",
                                        "preReleaseTag", "^$"))
                        .json();
        assertThat(outside.get("SatisfiesVersionRange").asBoolean()).isFalse();
        assertThat(outside.get("SatisfiesPreReleaseTag").asBoolean()).isFalse();
        assertThat(server.get("/api/Spaces-1/channels/rule-test?version=not.a.version").status())
                .isEqualTo(400);
        assertThat(server.get("/api/Spaces-1/channels/rule-test").status()).isEqualTo(400);
        assertThat(
                        server.get("/api/Spaces-1/channels/rule-test?version=1.0.0&preReleaseTag=(")
                                .status())
                .isEqualTo(400);
    }

    @Test
    void eventVocabulariesArePlainArrays() {
        for (String path :
                List.of(
                        "/api/events/categories",
                        "/api/events/groups",
                        "/api/events/agents",
                        "/api/events/documenttypes")) {
            TestServer.Response r = server.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.json().isArray()).as(path).isTrue();
        }
        assertThat(server.get("/api/events/documenttypes").json().findValuesAsText("Id"))
                .contains("Projects", "Environments", "Deployments");
    }
}
