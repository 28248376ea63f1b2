package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code freight plan} against the real server on loopback, as seed 002's people use it: a team
 * lead who may not deploy to Quality Assurance creates a plan, adds an item and validates it but
 * cannot execute it; an operator executes it and follows each item to the end; a plan waiting for a
 * person is aborted and retried; problems and bad input get their exit codes.
 */
class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static LoopbackServer server;
    private static CliRunner lead;
    private static CliRunner operator;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        String development =
                server.create("/api/Spaces-1/environments", Map.of("Name", "Development"));
        String qa =
                server.create("/api/Spaces-1/environments", Map.of("Name", "Quality Assurance"));
        String lifecycle =
                server.create(
                        "/api/Spaces-1/lifecycles",
                        Map.of(
                                "Name",
                                "Dev then QA",
                                "Phases",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "Development",
                                                "OptionalDeploymentTargets",
                                                List.of(development)),
                                        Map.of(
                                                "Name",
                                                "QA",
                                                "OptionalDeploymentTargets",
                                                List.of(qa)))));
        project("eCommerce", lifecycle, development, false);
        project("Customer Portal", lifecycle, development, false);
        project("Billing", lifecycle, development, true);
        for (String[] release :
                new String[][] {
                    {"eCommerce", "1.0.0"}, {"Customer Portal", "0.6.0"}, {"Billing", "3.1.0"}
                }) {
            String id =
                    server.create(
                            "/api/Spaces-1/releases",
                            Map.of("ProjectId", release[0], "Version", release[1]));
            deployAndWait(id, development);
        }
        server.create(
                "/api/Spaces-1/releases", Map.of("ProjectId", "eCommerce", "Version", "2.0.0"));

        String leadKey = user("cli-lead");
        String operatorKey = user("cli-operator");
        String leads = team("Team leads", "cli-lead");
        grant(leads, "Deployment Plan Editor");
        grant(leads, "Project viewer");
        String operations = team("Operations", "cli-operator");
        grant(operations, "Deployment creator", qa);
        grant(operations, "Project viewer");
        grant(operations, "Environment manager", qa);
        lead = new CliRunner(Map.of("FREIGHT_URL", server.url(), "FREIGHT_API_KEY", leadKey), work);
        operator =
                new CliRunner(
                        Map.of("FREIGHT_URL", server.url(), "FREIGHT_API_KEY", operatorKey), work);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aLeadPreparesAndAnOperatorExecutesFollowingEveryItem() throws Exception {
        CliRunner.Run created =
                lead.run(
                        "plan",
                        "create",
                        "--name",
                        "Sprint 12 to QA",
                        "--environment",
                        "Quality Assurance",
                        "--notes",
                        "After the stand-up",
                        "--item",
                        "eCommerce:1.0.0",
                        "-o",
                        "json");
        assertThat(created.exitCode()).as(created.all()).isZero();
        JsonNode plan = JSON.readTree(created.out());
        String id = plan.get("id").asText();
        assertThat(plan.get("state").asText()).isEqualTo("DRAFT");

        CliRunner.Run added =
                lead.run(
                        "plan",
                        "add-item",
                        id,
                        "--item",
                        "Customer Portal:0.6.0",
                        "--notes",
                        "Needs the new API");
        assertThat(added.exitCode()).as(added.all()).isZero();
        assertThat(added.out()).contains(id).contains("DRAFT").contains("2 items");

        CliRunner.Run listed = operator.run("plan", "list");
        assertThat(listed.exitCode()).as(listed.all()).isZero();
        assertThat(listed.out()).contains(id + " \"Sprint 12 to QA\"");

        // the lead may validate but not execute
        CliRunner.Run leadsView = lead.run("plan", "validate", id);
        assertThat(leadsView.exitCode()).as(leadsView.all()).isZero();
        assertThat(leadsView.out())
                .contains("valid, but you may not execute it")
                .contains("Missing permission DeploymentCreate for environment Quality Assurance")
                .contains("no deployment freezes");
        CliRunner.Run refused = lead.run("plan", "execute", id);
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
        assertThat(refused.err()).contains("HTTP 403").contains("DeploymentCreate");

        // the operator validates and executes, following each item to the end
        CliRunner.Run validated = operator.run("plan", "validate", id);
        assertThat(validated.out()).contains(": valid; you may execute it");
        CliRunner.Run executed = operator.run("plan", "execute", id, "--wait", "--poll", "PT0.2S");
        assertThat(executed.exitCode()).as(executed.all()).isZero();
        assertThat(executed.out())
                .contains("Item 1/2")
                .contains("Item 2/2")
                .contains(": SUCCEEDED")
                .contains(id + " \"Sprint 12 to QA\"")
                .contains("SUCCEEDED (version");
        assertThat(executed.out().indexOf("Item 1/2"))
                .isLessThan(executed.out().lastIndexOf("Item 2/2"));
    }

    @Test
    void aWaitingPlanIsAbortedAndRetriedAsANewDraft() throws Exception {
        CliRunner.Run created =
                lead.run(
                        "plan",
                        "create",
                        "--name",
                        "Hotfix",
                        "--environment",
                        "Quality Assurance",
                        "--item",
                        "Billing:3.1.0",
                        "--item",
                        "eCommerce:1.0.0",
                        "-o",
                        "json");
        assertThat(created.exitCode()).as(created.all()).isZero();
        String id = JSON.readTree(created.out()).get("id").asText();

        CliRunner.Run started = operator.run("plan", "execute", id, "-o", "json");
        assertThat(started.exitCode()).as(started.all()).isZero();
        String task = JSON.readTree(started.out()).get("items").get(0).get("taskId").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                server.get("/api/Spaces-1/tasks/" + task)
                                        .get("HasPendingInterruptions")
                                        .asBoolean());

        CliRunner.Run aborted = operator.run("plan", "abort", id);
        assertThat(aborted.exitCode()).as(aborted.all()).isZero();
        assertThat(aborted.out()).contains("ABORTED").contains("SKIPPED");

        CliRunner.Run retried = lead.run("plan", "retry", id, "-o", "json");
        assertThat(retried.exitCode()).as(retried.all()).isZero();
        JsonNode retry = JSON.readTree(retried.out());
        assertThat(retry.get("state").asText()).isEqualTo("DRAFT");
        assertThat(retry.get("retriedFromPlanId").asText()).isEqualTo(id);
        assertThat(retry.get("items")).hasSize(2);
    }

    @Test
    void problemsAndBadInputGetTheirExitCodes() throws Exception {
        CliRunner.Run early =
                lead.run(
                        "plan",
                        "create",
                        "--name",
                        "Too early",
                        "--environment",
                        "Quality Assurance",
                        "--item",
                        "eCommerce:2.0.0",
                        "-o",
                        "json");
        assertThat(early.exitCode()).as(early.all()).isZero();
        String id = JSON.readTree(early.out()).get("id").asText();
        CliRunner.Run validated = operator.run("plan", "validate", id);
        assertThat(validated.exitCode()).as(validated.all()).isEqualTo(2);
        assertThat(validated.out())
                .contains(": not executable")
                .contains(
                        "Release 2.0.0 cannot be deployed to Quality Assurance: phase Development"
                                + " must complete first");

        CliRunner.Run badItem = lead.run("plan", "add-item", id, "--item", "eCommerce");
        assertThat(badItem.exitCode()).isEqualTo(2);
        assertThat(badItem.err()).contains("An item is PROJECT:VERSION");

        CliRunner.Run unknown =
                lead.run(
                        "plan",
                        "create",
                        "--name",
                        "Bad",
                        "--environment",
                        "Quality Assurance",
                        "--item",
                        "Nope:1.0.0");
        assertThat(unknown.exitCode()).as(unknown.all()).isEqualTo(2);
        assertThat(unknown.err()).contains("Nope");

        CliRunner.Run noSubcommand = lead.run("plan");
        assertThat(noSubcommand.exitCode()).isEqualTo(2);
        assertThat(noSubcommand.err()).contains("list, create, add-item");
    }

    private static void project(
            String name, String lifecycle, String development, boolean signOff) {
        String group = server.get("/api/Spaces-1/projectgroups/all").get(0).get("Id").asText();
        String project =
                server.create(
                        "/api/Spaces-1/projects",
                        Map.of("Name", name, "ProjectGroupId", group, "LifecycleId", lifecycle));
        String path = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        int version = server.get(path).get("Version").asInt();
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
                                        "Approve it",
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
                                        "echo deployed"));
        server.put(
                path,
                Map.of(
                        "ProjectId",
                        project,
                        "Version",
                        version,
                        "Steps",
                        List.of(Map.of("Name", action.get("Name"), "Actions", List.of(action)))));
    }

    private static void deployAndWait(String release, String environment) {
        JsonNode deployment =
                server.post(
                        "/api/Spaces-1/deployments",
                        Map.of("ReleaseId", release, "EnvironmentId", environment));
        String task = "/api/Spaces-1/tasks/" + deployment.get("TaskId").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> server.get(task).get("IsCompleted").asBoolean());
    }

    private static String user(String username) {
        String id =
                server.create("/api/users", Map.of("Username", username, "DisplayName", username));
        return server.post("/api/users/" + id + "/apikeys", Map.of("Purpose", "cli"))
                .get("ApiKey")
                .asText();
    }

    private static String team(String name, String... usernames) {
        List<String> members = new ArrayList<>();
        for (JsonNode u : server.get("/api/users/all")) {
            if (List.of(usernames).contains(u.get("Username").asText())) {
                members.add(u.get("Id").asText());
            }
        }
        return server.create("/api/Spaces-1/teams", Map.of("Name", name, "MemberUserIds", members));
    }

    private static void grant(String team, String roleName, String... environmentIds) {
        String role = null;
        for (JsonNode r : server.get("/api/userroles/all")) {
            if (r.get("Name").asText().equalsIgnoreCase(roleName)) {
                role = r.get("Id").asText();
            }
        }
        assertThat(role).as(roleName).isNotNull();
        server.create(
                "/api/Spaces-1/scopeduserroles",
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
}
