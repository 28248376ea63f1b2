package io.jenkins.plugins.freight.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The team setup of seed 000 done and used over the REST API of a real server on loopback, every
 * person with their own API key: anyone on the internal team deploys to Dev and Test; only
 * production deployers deploy to Prod, and only releases that succeeded in Test; Test and Prod
 * deployments wait for sign-off by the project stakeholders (a non-member is refused, a member
 * proceeds); a status e-mail goes out after Test and Prod deployments (a real SMTP server); and the
 * audit log shows who did what.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TutorialTeamsEndToEndTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SPACE = "/api/Spaces-1";

    private TestServer server;
    private final Map<String, String> environments = new LinkedHashMap<>();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTutorialsTeamsDeployWhereTheyMayAndStakeholdersSignOff(DatabaseKind kind)
            throws Exception {
        try (TestServer started = TestServer.start(kind)) {
            server = started;
            for (String name : List.of("Dev", "Test", "Prod")) {
                environments.put(name, created(SPACE + "/environments", Map.of("Name", name)));
            }
            String lifecycle =
                    created(
                            SPACE + "/lifecycles",
                            Map.of(
                                    "Name",
                                    "Dev, Test, and Prod",
                                    "Phases",
                                    List.of(
                                            phase("Dev", true),
                                            phase("Test", false),
                                            phase("Prod", false))));
            String group = ok(server.get(SPACE + "/projectgroups/all")).get(0).get("Id").asText();
            String project =
                    created(
                            SPACE + "/projects",
                            Map.of(
                                    "Name",
                                    "Random Quotes",
                                    "ProjectGroupId",
                                    group,
                                    "LifecycleId",
                                    lifecycle));
            smtpVariables(project);

            // the people, each with an API key, and the teams of the tutorial
            String internal = user("internaldeployer");
            String production = user("productiondeployer");
            String stakeholder = user("stakeholder");
            String internalTeam = team("Internal Deployers", userId("internaldeployer"));
            grant(internalTeam, "Deployment creator", "Dev", "Test");
            grant(internalTeam, "Project viewer");
            String productionTeam = team("Production Deployers", userId("productiondeployer"));
            grant(productionTeam, "Deployment creator", "Prod");
            grant(productionTeam, "Project viewer");
            String stakeholders = team("Project Stakeholders", userId("stakeholder"));
            grant(stakeholders, "Project viewer");
            String signOffRole =
                    created(
                            "/api/userroles",
                            Map.of(
                                    "Name",
                                    "Sign-off",
                                    "Description",
                                    "Answers manual interventions",
                                    "GrantedSpacePermissions",
                                    List.of("InterruptionView", "InterruptionSubmit")));
            scopedRole(stakeholders, signOffRole, "Test", "Prod");
            process(project, stakeholders);
            String release =
                    created(SPACE + "/releases", Map.of("ProjectId", project, "Version", "1.0.0"));

            // the internal team deploys to Dev: no sign-off, no mail there
            JsonNode dev = deploy(internal, release, "Dev");
            assertThat(finish(dev)).isEqualTo("Success");
            assertThat(mail.getReceivedMessages()).isEmpty();

            // ... but not to Prod: the refusal names the permission, the scope and the team
            TestServer.Response refused = deployment(internal, release, "Prod");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("ErrorMessage").asText())
                    .isEqualTo(
                            "Missing permission DeploymentCreate for environment Prod; granted to"
                                    + " teams: Production Deployers");

            // production deployers may not deploy to Test, nor to Prod before Test succeeded
            assertThat(deployment(production, release, "Test").status()).isEqualTo(403);
            TestServer.Response early = deployment(production, release, "Prod");
            assertThat(early.status()).as(early.body()).isEqualTo(400);
            assertThat(early.body()).contains("Test");

            // Test: waits for the stakeholders; the internal deployer may not sign off
            JsonNode test = deploy(internal, release, "Test");
            String testSignOff = pendingInterruption(stakeholder, test);
            TestServer.Response notAMember =
                    server.send(
                            "PUT",
                            SPACE + "/interruptions/" + testSignOff + "/responsible",
                            null,
                            internal);
            assertThat(notAMember.status()).as(notAMember.body()).isEqualTo(403);
            TestServer.Response submitWithoutResponsibility =
                    server.send(
                            "POST",
                            SPACE + "/interruptions/" + testSignOff + "/submit",
                            Map.of("Result", "Proceed"),
                            internal);
            assertThat(submitWithoutResponsibility.status()).isEqualTo(403);
            signOff(stakeholder, testSignOff);
            assertThat(finish(test)).isEqualTo("Success");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mail.getReceivedMessages().length == 1);
            assertThat(mail.getReceivedMessages()[0].getSubject())
                    .isEqualTo("Random Quotes to Test");

            // Prod after Test: the production deployer deploys, a stakeholder signs off, mail
            JsonNode prod = deploy(production, release, "Prod");
            signOff(stakeholder, pendingInterruption(stakeholder, prod));
            assertThat(finish(prod)).isEqualTo("Success");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mail.getReceivedMessages().length == 2);
            assertThat(mail.getReceivedMessages()[1].getSubject())
                    .isEqualTo("Random Quotes to Prod");

            // the audit log tells who did what, from where
            JsonNode events =
                    ok(
                            server.get(
                                    SPACE
                                            + "/events?regarding="
                                            + prod.get("Id").asText()
                                            + "&take=50"));
            List<String> lines = new ArrayList<>();
            for (JsonNode e : events.get("Items")) {
                lines.add(e.get("Category").asText() + " " + e.get("Username").asText());
            }
            assertThat(lines)
                    .containsExactly(
                            "DeploymentSucceeded system",
                            "DeploymentResumed system",
                            "ManualInterventionInterruptionSubmitted stakeholder",
                            "ManualInterventionInterruptionRaised system",
                            "DeploymentStarted system",
                            "DeploymentQueued productiondeployer");
            assertThat(events.get("Items").get(5).get("IpAddress").asText()).isEqualTo("127.0.0.1");
        }
    }

    private Map<String, Object> phase(String environment, boolean optional) {
        return Map.of(
                "Name",
                environment,
                "OptionalDeploymentTargets",
                List.of(environments.get(environment)),
                "IsOptionalPhase",
                optional);
    }

    private void smtpVariables(String project) {
        String path = SPACE + "/variables/variableset-" + project;
        JsonNode set = ok(server.get(path));
        List<Map<String, Object>> variables = new ArrayList<>();
        variables.add(Map.of("Name", "Freight.Smtp.Host", "Value", "127.0.0.1"));
        variables.add(
                Map.of(
                        "Name",
                        "Freight.Smtp.Port",
                        "Value",
                        String.valueOf(mail.getSmtp().getPort())));
        variables.add(Map.of("Name", "Freight.Smtp.From", "Value", "freight@example.org"));
        ok(
                server.put(
                        path,
                        Map.of(
                                "Id",
                                set.get("Id").asText(),
                                "OwnerId",
                                project,
                                "Version",
                                set.get("Version").asInt(),
                                "Variables",
                                variables)));
    }

    /** Sign-off for the stakeholders (skipped in Dev), then a status mail that always runs. */
    private void process(String project, String stakeholders) {
        String path = SPACE + "/projects/" + project + "/deploymentprocesses";
        int version = ok(server.get(path)).get("Version").asInt();
        Map<String, Object> signOff =
                Map.of(
                        "Name",
                        "Deployment Sign Off",
                        "ActionType",
                        "Octopus.Manual",
                        "ExcludedEnvironments",
                        List.of(environments.get("Dev")),
                        "Properties",
                        Map.of(
                                "Octopus.Action.Manual.Instructions",
                                "Open the application and confirm it meets all the requirements.",
                                "Octopus.Action.Manual.ResponsibleTeamIds",
                                stakeholders,
                                "Octopus.Action.RunOnServer",
                                "true"));
        Map<String, Object> email =
                Map.of(
                        "Name",
                        "Random quotes deployment status",
                        "ActionType",
                        "Octopus.Email",
                        "ExcludedEnvironments",
                        List.of(environments.get("Dev")),
                        "Properties",
                        Map.of(
                                "Octopus.Action.Email.To",
                                "team@example.org",
                                "Octopus.Action.Email.Subject",
                                "#{Octopus.Project.Name} to #{Octopus.Environment.Name}",
                                "Octopus.Action.Email.Body",
                                "#{each step in Octopus.Step}#{step}: #{step.Status.Code}\n"
                                        + "#{/each}"));
        ok(
                server.put(
                        path,
                        Map.of(
                                "ProjectId",
                                project,
                                "Version",
                                version,
                                "Steps",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "Deployment Sign Off",
                                                "Actions",
                                                List.of(signOff)),
                                        Map.of(
                                                "Name",
                                                "Random quotes deployment status",
                                                "Condition",
                                                "Always",
                                                "Actions",
                                                List.of(email))))));
    }

    /** A new user with an API key of their own; answers the key. */
    private String user(String username) {
        String id =
                created(
                        "/api/users",
                        Map.of(
                                "Username",
                                username,
                                "DisplayName",
                                username,
                                "EmailAddress",
                                username + "@example.org"));
        TestServer.Response key =
                server.post("/api/users/" + id + "/apikeys", Map.of("Purpose", "tutorial"));
        assertThat(key.status()).as(key.body()).isIn(200, 201);
        return key.json().get("ApiKey").asText();
    }

    private String userId(String username) {
        for (JsonNode u : ok(server.get("/api/users/all"))) {
            if (u.get("Username").asText().equals(username)) {
                return u.get("Id").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }

    private String team(String name, String... members) {
        return created(
                SPACE + "/teams",
                Map.of("Name", name, "SpaceId", "Spaces-1", "MemberUserIds", List.of(members)));
    }

    private void grant(String team, String roleName, String... environmentNames) {
        String role = null;
        for (JsonNode r : ok(server.get("/api/userroles/all"))) {
            if (r.get("Name").asText().equalsIgnoreCase(roleName)) {
                role = r.get("Id").asText();
            }
        }
        assertThat(role).as(roleName).isNotNull();
        scopedRole(team, role, environmentNames);
    }

    private void scopedRole(String team, String role, String... environmentNames) {
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
                        java.util.Arrays.stream(environmentNames).map(environments::get).toList()));
    }

    private TestServer.Response deployment(String apiKey, String release, String environment) {
        return server.send(
                "POST",
                SPACE + "/deployments",
                Map.of("ReleaseId", release, "EnvironmentId", environments.get(environment)),
                apiKey);
    }

    private JsonNode deploy(String apiKey, String release, String environment) {
        TestServer.Response created = deployment(apiKey, release, environment);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Waits for the deployment's task to finish; answers its state. */
    private String finish(JsonNode deployment) {
        String path = SPACE + "/tasks/" + deployment.get("TaskId").asText();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ok(server.get(path)).get("IsCompleted").asBoolean());
        return ok(server.get(path)).get("State").asText();
    }

    /** The deployment's pending interruption, as the stakeholder sees it. */
    private String pendingInterruption(String apiKey, JsonNode deployment) {
        String path =
                SPACE
                        + "/interruptions?pendingOnly=true&regarding="
                        + deployment.get("TaskId").asText();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ok(server.send("GET", path, null, apiKey)).get("Items").size() > 0);
        JsonNode interruption = ok(server.send("GET", path, null, apiKey)).get("Items").get(0);
        assertThat(interruption.get("Title").asText()).contains("Deployment Sign Off");
        return interruption.get("Id").asText();
    }

    private void signOff(String apiKey, String interruption) {
        ok(
                server.send(
                        "PUT",
                        SPACE + "/interruptions/" + interruption + "/responsible",
                        null,
                        apiKey));
        ok(
                server.send(
                        "POST",
                        SPACE + "/interruptions/" + interruption + "/submit",
                        Map.of("Result", "Proceed", "Notes", "Looks good"),
                        apiKey));
    }

    private String created(String path, Object body) {
        TestServer.Response created = server.post(path, body);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
        return created.json().get("Id").asText();
    }

    private static JsonNode ok(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
