package io.jenkins.plugins.freight.server.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 002 over the REST API of a real server on loopback, every person with their own API key: two
 * team leads who may not deploy to Quality Assurance prepare one plan, edit it concurrently (the
 * stale edit is refused naming who changed it, nothing is lost) and validate it (problems
 * explained); a lead's execution is refused; an operator executes it and follows each item's
 * progress and log; a second plan is aborted while an item waits for a person and retried as a new
 * draft; the audit log records every step.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PlanWorkflowEndToEndTest {

    private static final String SPACE = "/api/Spaces-1";
    private static final String PLANS = SPACE + "/deploymentplans";

    private TestServer server;
    private String development;
    private String qa;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void leadsPrepareValidateAndOperationsExecutesAbortsAndRetries(DatabaseKind kind) {
        try (TestServer started = TestServer.start(kind)) {
            server = started;
            development = created(SPACE + "/environments", Map.of("Name", "Development"));
            qa = created(SPACE + "/environments", Map.of("Name", "Quality Assurance"));
            String lifecycle =
                    created(
                            SPACE + "/lifecycles",
                            Map.of(
                                    "Name",
                                    "Dev then QA",
                                    "Phases",
                                    List.of(phase("Development", development), phase("QA", qa))));
            project("eCommerce", lifecycle, false);
            project("Customer Portal", lifecycle, false);
            project("Billing", lifecycle, true);

            String commerceLead = user("ecommerce-lead");
            String portalLead = user("portal-lead");
            String operator = user("operator");
            String leads = team("Team leads", "ecommerce-lead", "portal-lead");
            scopedRole(leads, roleId("Deployment Plan Editor"));
            scopedRole(leads, roleId("Deployment creator"), development);
            scopedRole(leads, roleId("Project viewer"));
            String operations = team("Operations", "operator");
            scopedRole(operations, roleId("Deployment creator"), qa);
            scopedRole(operations, roleId("Project viewer"));
            scopedRole(operations, roleId("Environment manager"), qa);

            releaseInDevelopment("eCommerce", "1.0.0");
            releaseInDevelopment("Billing", "3.1.0");
            String portalRelease =
                    created(
                            SPACE + "/releases",
                            Map.of("ProjectId", "Customer Portal", "Version", "0.6.0"));

            // the eCommerce lead saves a plan, though they may not deploy to QA
            JsonNode plan =
                    send(
                            201,
                            "POST",
                            PLANS,
                            Map.of(
                                    "Name",
                                    "Sprint 12 to QA",
                                    "EnvironmentId",
                                    "Quality Assurance",
                                    "Notes",
                                    "Deploy after the 10:00 stand-up.",
                                    "Items",
                                    List.of(
                                            Map.of(
                                                    "ProjectId",
                                                    "eCommerce",
                                                    "ReleaseId",
                                                    "1.0.0",
                                                    "Notes",
                                                    "Run the smoke tests"))),
                            commerceLead);
            String id = plan.get("Id").asText();
            int first = plan.get("Version").asInt();
            assertThat(plan.get("State").asText()).isEqualTo("DRAFT");

            // the portal lead adds their app and, concurrently, both leads edit the notes
            JsonNode added =
                    send(
                            200,
                            "POST",
                            PLANS + "/" + id + "/items",
                            Map.of(
                                    "ProjectId",
                                    "Customer Portal",
                                    "ReleaseId",
                                    "0.6.0",
                                    "Notes",
                                    "Tag and deploy 0.6"),
                            portalLead);
            int seen = added.get("Version").asInt();
            send(
                    200,
                    "PUT",
                    PLANS + "/" + id + "/notes",
                    Map.of("Version", seen, "Notes", "Portal needs the new API."),
                    portalLead);
            TestServer.Response stale =
                    server.send(
                            "PUT",
                            PLANS + "/" + id + "/notes",
                            Map.of("Version", seen, "Notes", "Mine"),
                            commerceLead);
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("ErrorMessage").asText())
                    .contains("was changed by portal-lead")
                    .contains("Nothing was saved");
            assertThat(get(PLANS + "/" + id, operator).get("Notes").asText())
                    .isEqualTo("Portal needs the new API.");
            assertThat(first).isLessThan(seen);

            // validation explains what stands in the way: the portal release skipped Development
            JsonNode early = get(PLANS + "/" + id + "/validate", operator);
            assertThat(field(early, "Executable").asBoolean()).isFalse();
            assertThat(field(field(early, "Items").get(1), "Blocking").get(0).asText())
                    .isEqualTo(
                            "Release 0.6.0 cannot be deployed to Quality Assurance: phase"
                                    + " Development must complete first (Development has no"
                                    + " successful deployment of this release)");
            assertThat(field(early, "Freezes").asText()).contains("no deployment freezes");
            deployAndWait(portalRelease, development);

            JsonNode leadsView = get(PLANS + "/" + id + "/validate", commerceLead);
            assertThat(field(leadsView, "Executable").asBoolean()).isTrue();
            assertThat(field(leadsView, "CanExecute").asBoolean()).isFalse();
            assertThat(field(field(leadsView, "Items").get(0), "Permissions").get(0).asText())
                    .startsWith(
                            "Missing permission DeploymentCreate for environment Quality"
                                    + " Assurance");

            // a lead may not execute it; operations may not edit it
            int reviewed = get(PLANS + "/" + id, operator).get("Version").asInt();
            TestServer.Response leadExecutes =
                    server.send(
                            "POST",
                            PLANS + "/" + id + "/execute",
                            Map.of("Version", reviewed),
                            commerceLead);
            assertThat(leadExecutes.status()).isEqualTo(403);
            assertThat(leadExecutes.json().get("ErrorMessage").asText())
                    .startsWith(
                            "Missing permission DeploymentCreate for environment Quality"
                                    + " Assurance;")
                    .contains("Operations");
            assertThat(
                            server.send(
                                            "PUT",
                                            PLANS + "/" + id + "/notes",
                                            Map.of("Version", reviewed, "Notes", "x"),
                                            operator)
                                    .status())
                    .isEqualTo(403);

            // the operator executes and follows each item
            JsonNode validated = get(PLANS + "/" + id + "/validate", operator);
            assertThat(field(validated, "CanExecute").asBoolean()).isTrue();
            JsonNode executing =
                    send(
                            200,
                            "POST",
                            PLANS + "/" + id + "/execute",
                            Map.of("Version", reviewed),
                            operator);
            assertThat(executing.get("State").asText()).isEqualTo("EXECUTING");
            List<String> progress = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> {
                                JsonNode now = get(PLANS + "/" + id, operator);
                                String line = itemStates(now);
                                if (progress.isEmpty()
                                        || !progress.get(progress.size() - 1).equals(line)) {
                                    progress.add(line);
                                }
                                return !now.get("State").asText().equals("EXECUTING");
                            });
            JsonNode done = get(PLANS + "/" + id, operator);
            assertThat(done.get("State").asText()).isEqualTo("SUCCEEDED");
            assertThat(progress.get(progress.size() - 1)).isEqualTo("SUCCEEDED SUCCEEDED");
            assertThat(progress).anyMatch(line -> line.startsWith("SUCCEEDED "));
            for (JsonNode item : done.get("Items")) {
                assertThat(item.get("DeploymentId").asText()).startsWith("Deployments-");
                TestServer.Response log =
                        server.send(
                                "GET",
                                PLANS + "/" + id + "/items/" + item.get("Id").asText() + "/log",
                                null,
                                operator);
                assertThat(log.status()).isEqualTo(200);
                assertThat(log.body()).isNotBlank();
            }

            // a second plan waits for a person on Billing; the operator aborts it
            JsonNode hotfix =
                    send(
                            201,
                            "POST",
                            PLANS,
                            Map.of(
                                    "Name",
                                    "Hotfix",
                                    "EnvironmentId",
                                    qa,
                                    "Items",
                                    List.of(
                                            Map.of("ProjectId", "Billing", "ReleaseId", "3.1.0"),
                                            Map.of(
                                                    "ProjectId",
                                                    "eCommerce",
                                                    "ReleaseId",
                                                    "1.0.0"))),
                            portalLead);
            String hotfixId = hotfix.get("Id").asText();
            send(
                    200,
                    "POST",
                    PLANS + "/" + hotfixId + "/execute",
                    Map.of("Version", hotfix.get("Version").asInt()),
                    operator);
            String billingTask =
                    get(PLANS + "/" + hotfixId, operator)
                            .get("Items")
                            .get(0)
                            .get("TaskId")
                            .asText();
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    get(SPACE + "/tasks/" + billingTask, operator)
                                            .get("HasPendingInterruptions")
                                            .asBoolean());
            JsonNode aborted = send(200, "POST", PLANS + "/" + hotfixId + "/abort", null, operator);
            assertThat(aborted.get("State").asText()).isEqualTo("ABORTED");
            assertThat(aborted.get("Items").get(1).get("State").asText()).isEqualTo("SKIPPED");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    get(PLANS + "/" + hotfixId, operator)
                                            .get("Items")
                                            .get(0)
                                            .get("State")
                                            .asText()
                                            .equals("CANCELED"));

            // a lead retries it as a new draft with the items that did not succeed
            JsonNode retry =
                    send(201, "POST", PLANS + "/" + hotfixId + "/retry", null, commerceLead);
            assertThat(retry.get("State").asText()).isEqualTo("DRAFT");
            assertThat(retry.get("RetriedFromPlanId").asText()).isEqualTo(hotfixId);
            assertThat(itemStates(retry)).isEqualTo("PENDING PENDING");

            // audited throughout, by the people who acted
            assertThat(events(id))
                    .containsExactly(
                            "DeploymentPlanFinished system",
                            "DeploymentPlanExecuted operator",
                            "Modified portal-lead",
                            "Modified portal-lead",
                            "Created ecommerce-lead");
            assertThat(events(hotfixId))
                    .startsWith("DeploymentPlanAborted operator")
                    .contains("DeploymentPlanExecuted operator", "Created portal-lead");
            assertThat(events(retry.get("Id").asText())).containsExactly("Created ecommerce-lead");
        }
    }

    private static String itemStates(JsonNode plan) {
        List<String> states = new ArrayList<>();
        plan.get("Items").forEach(i -> states.add(i.get("State").asText()));
        return String.join(" ", states);
    }

    private List<String> events(String planId) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e :
                get(SPACE + "/events?regarding=" + planId, TestServer.ADMIN_KEY).get("Items")) {
            lines.add(e.get("Category").asText() + " " + e.get("Username").asText());
        }
        return lines;
    }

    /** The property whatever its case (the validation result is the engine's record). */
    private static JsonNode field(JsonNode node, String name) {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.equalsIgnoreCase(name)) {
                return node.get(n);
            }
        }
        throw new AssertionError("no " + name + " in " + node);
    }

    private static Map<String, Object> phase(String name, String environment) {
        return Map.of("Name", name, "OptionalDeploymentTargets", List.of(environment));
    }

    /** A project on the lifecycle; with {@code signOff}, its QA deployments wait for a person. */
    private void project(String name, String lifecycle, boolean signOff) {
        String group =
                get(SPACE + "/projectgroups/all", TestServer.ADMIN_KEY).get(0).get("Id").asText();
        String project =
                created(
                        SPACE + "/projects",
                        Map.of("Name", name, "ProjectGroupId", group, "LifecycleId", lifecycle));
        String path = SPACE + "/projects/" + project + "/deploymentprocesses";
        int version = get(path, TestServer.ADMIN_KEY).get("Version").asInt();
        Map<String, Object> action =
                signOff
                        ? Map.of(
                                "Name",
                                "Approve",
                                "ActionType",
                                "Octopus.Manual",
                                "ExcludedEnvironments",
                                List.of(development),
                                "Properties",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Approve the hotfix",
                                        "Octopus.Action.RunOnServer",
                                        "true"))
                        : Map.of(
                                "Name",
                                "Deploy",
                                "ActionType",
                                "Octopus.Script",
                                "Properties",
                                Map.of(
                                        "Octopus.Action.RunOnServer",
                                        "true",
                                        "Octopus.Action.Script.ScriptBody",
                                        "echo \"deploying #{Octopus.Project.Name}\""));
        send(
                200,
                "PUT",
                path,
                Map.of(
                        "ProjectId",
                        project,
                        "Version",
                        version,
                        "Steps",
                        List.of(Map.of("Name", action.get("Name"), "Actions", List.of(action)))),
                TestServer.ADMIN_KEY);
    }

    private void releaseInDevelopment(String project, String version) {
        String release =
                created(SPACE + "/releases", Map.of("ProjectId", project, "Version", version));
        deployAndWait(release, development);
    }

    private void deployAndWait(String release, String environment) {
        JsonNode deployment =
                send(
                        201,
                        "POST",
                        SPACE + "/deployments",
                        Map.of("ReleaseId", release, "EnvironmentId", environment),
                        TestServer.ADMIN_KEY);
        String task = SPACE + "/tasks/" + deployment.get("TaskId").asText();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(task, TestServer.ADMIN_KEY).get("IsCompleted").asBoolean());
        assertThat(get(task, TestServer.ADMIN_KEY).get("State").asText()).isEqualTo("Success");
    }

    private String user(String username) {
        String id =
                created(
                        "/api/users",
                        Map.of("Username", username, "DisplayName", username.replace('-', ' ')));
        TestServer.Response key =
                server.post("/api/users/" + id + "/apikeys", Map.of("Purpose", "plans"));
        assertThat(key.status()).as(key.body()).isIn(200, 201);
        return key.json().get("ApiKey").asText();
    }

    private String team(String name, String... usernames) {
        List<String> members = new ArrayList<>();
        for (String username : usernames) {
            for (JsonNode u : get("/api/users/all", TestServer.ADMIN_KEY)) {
                if (u.get("Username").asText().equals(username)) {
                    members.add(u.get("Id").asText());
                }
            }
        }
        return created(SPACE + "/teams", Map.of("Name", name, "MemberUserIds", members));
    }

    private String roleId(String name) {
        for (JsonNode r : get("/api/userroles/all", TestServer.ADMIN_KEY)) {
            if (r.get("Name").asText().equalsIgnoreCase(name)) {
                return r.get("Id").asText();
            }
        }
        throw new AssertionError("no role " + name);
    }

    private void scopedRole(String team, String role, String... environmentIds) {
        created(
                SPACE + "/scopeduserroles",
                Map.of(
                        "TeamId",
                        team,
                        "UserRoleId",
                        role,
                        "SpaceId",
                        "Spaces-1",
                        "EnvironmentIds",
                        List.of(environmentIds)));
    }

    private JsonNode get(String path, String apiKey) {
        return send(200, "GET", path, null, apiKey);
    }

    private JsonNode send(int status, String method, String path, Object body, String apiKey) {
        TestServer.Response response = server.send(method, path, body, apiKey);
        assertThat(response.status())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        return response.json();
    }

    private String created(String path, Object body) {
        return send(201, "POST", path, body, TestServer.ADMIN_KEY).get("Id").asText();
    }
}
