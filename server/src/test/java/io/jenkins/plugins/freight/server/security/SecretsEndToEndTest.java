package io.jenkins.plugins.freight.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One flow over the REST API of a real server that uses a password (an account's, and a user's
 * own), an API key (a deployer's, created over REST and used for everything they do) and a
 * sensitive variable (echoed by a script step, and written to standard error by a failing one);
 * then every place a secret could leak is scanned: the server's log output, every audit event (JSON
 * and CSV), the task logs and details, every REST response but the one that shows the new key once,
 * and every error message.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SecretsEndToEndTest {

    private static final String SPACE = "/api/Spaces-1";
    private static final String ACCOUNT_PASSWORD = "Acct-Pa55-w0rd-e2e-never-shown";
    private static final String USER_PASSWORD = "User-Pa55-w0rd-e2e-never-shown";
    private static final String SENSITIVE = "Sens1tive-Value-e2e-never-shown";

    private TestServer server;
    private final List<String> texts = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void noPasswordApiKeyOrSensitiveValueReachesALogAnEventAResponseOrAnError(DatabaseKind kind) {
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
        String apiKey;
        try {
            System.setErr(capture);
            System.setOut(capture);
            try (TestServer started = TestServer.start(kind)) {
                server = started;
                apiKey = flow();
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        texts.add(logs.toString(StandardCharsets.UTF_8));
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("/api/Spaces-1/deployments");

        for (String text : texts) {
            for (String secret :
                    List.of(
                            ACCOUNT_PASSWORD,
                            USER_PASSWORD,
                            SENSITIVE,
                            apiKey,
                            TestServer.ADMIN_KEY)) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    /** Everything the test does over REST; answers the deployer's API key. */
    private String flow() {
        String env = created(SPACE + "/environments", Map.of("Name", "Secret Env"));
        String lifecycle =
                ok(call("GET", SPACE + "/lifecycles/all", null, TestServer.ADMIN_KEY))
                        .get(0)
                        .get("Id")
                        .asText();
        String group =
                ok(call("GET", SPACE + "/projectgroups/all", null, TestServer.ADMIN_KEY))
                        .get(0)
                        .get("Id")
                        .asText();
        String project =
                created(
                        SPACE + "/projects",
                        Map.of(
                                "Name",
                                "Secretive",
                                "ProjectGroupId",
                                group,
                                "LifecycleId",
                                lifecycle));

        // a password: an account's, written once, changed once, refused once
        String account =
                created(
                        SPACE + "/accounts",
                        Map.of(
                                "Name",
                                "Deployer account",
                                "AccountType",
                                "UsernamePassword",
                                "Username",
                                "deploy",
                                "Password",
                                Map.of("HasValue", true, "NewValue", ACCOUNT_PASSWORD)));
        JsonNode stored =
                ok(call("GET", SPACE + "/accounts/" + account, null, TestServer.ADMIN_KEY));
        assertThat(stored.get("Password").get("HasValue").asBoolean()).isTrue();
        TestServer.Response duplicate =
                call(
                        "POST",
                        SPACE + "/accounts",
                        Map.of(
                                "Name",
                                "Deployer account",
                                "AccountType",
                                "UsernamePassword",
                                "Username",
                                "deploy",
                                "Password",
                                ACCOUNT_PASSWORD),
                        TestServer.ADMIN_KEY);
        assertThat(duplicate.status()).isEqualTo(409);

        // a sensitive variable, echoed by the script; a broken save that carries it is refused
        String variables = SPACE + "/variables/variableset-" + project;
        JsonNode set = ok(call("GET", variables, null, TestServer.ADMIN_KEY));
        TestServer.Response invalid =
                call(
                        "PUT",
                        variables,
                        Map.of(
                                "OwnerId",
                                project,
                                "Version",
                                set.get("Version").asInt(),
                                "Variables",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "",
                                                "Value",
                                                SENSITIVE,
                                                "IsSensitive",
                                                true))),
                        TestServer.ADMIN_KEY);
        assertThat(invalid.status()).isEqualTo(400);
        ok(
                call(
                        "PUT",
                        variables,
                        Map.of(
                                "OwnerId",
                                project,
                                "Version",
                                set.get("Version").asInt(),
                                "Variables",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "DbPassword",
                                                "Value",
                                                SENSITIVE,
                                                "Type",
                                                "Sensitive",
                                                "IsSensitive",
                                                true))),
                        TestServer.ADMIN_KEY));
        String process = SPACE + "/projects/" + project + "/deploymentprocesses";
        int version = ok(call("GET", process, null, TestServer.ADMIN_KEY)).get("Version").asInt();
        ok(
                call(
                        "PUT",
                        process,
                        Map.of(
                                "ProjectId",
                                project,
                                "Version",
                                version,
                                "Steps",
                                List.of(
                                        step("Echo", "echo \"the password is #{DbPassword}\""),
                                        step(
                                                "Fail",
                                                "echo \"failing with #{DbPassword}\" >&2\n"
                                                        + "exit 3"))),
                        TestServer.ADMIN_KEY));
        String release =
                created(SPACE + "/releases", Map.of("ProjectId", project, "Version", "1.0.0"));

        // an API key: a deployer's, shown once at creation, then used for everything they do
        String deployer =
                created(
                        "/api/users",
                        Map.of("Username", "secretdeployer", "DisplayName", "Secret Deployer"));
        TestServer.Response key =
                server.send(
                        "POST",
                        "/api/users/" + deployer + "/apikeys",
                        Map.of("Purpose", "e2e"),
                        TestServer.ADMIN_KEY);
        assertThat(key.status()).isIn(200, 201);
        String apiKey = key.json().get("ApiKey").asText();
        String team =
                created(
                        SPACE + "/teams",
                        Map.of("Name", "Secret deployers", "MemberUserIds", List.of(deployer)));
        String role = roleId("Project deployer");
        created(
                SPACE + "/scopeduserroles",
                Map.of("TeamId", team, "UserRoleId", role, "SpaceId", "Spaces-1"));
        ok(call("GET", "/api/users/me", null, apiKey));
        ok(call("GET", "/api/users/" + deployer + "/apikeys", null, apiKey));
        assertThat(call("GET", "/api/users/me?apikey=" + apiKey, null, null).status())
                .isEqualTo(200);
        assertThat(call("GET", "/api/users/me", null, apiKey + "X").status()).isEqualTo(401);

        // the deployer deploys; the script echoes the secret, the next step fails with it
        TestServer.Response deployment =
                call(
                        "POST",
                        SPACE + "/deployments",
                        Map.of("ReleaseId", release, "EnvironmentId", env),
                        apiKey);
        assertThat(deployment.status()).as(deployment.body()).isEqualTo(201);
        String task = deployment.json().get("TaskId").asText();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () ->
                                ok(call("GET", SPACE + "/tasks/" + task, null, apiKey))
                                        .get("IsCompleted")
                                        .asBoolean());
        JsonNode finished = ok(call("GET", SPACE + "/tasks/" + task, null, apiKey));
        assertThat(finished.get("State").asText()).isEqualTo("Failed");
        String raw = call("GET", SPACE + "/tasks/" + task + "/raw", null, apiKey).body();
        assertThat(raw).contains("the password is ").contains("failing with ");
        ok(call("GET", SPACE + "/tasks/" + task + "/details?verbose=true", null, apiKey));

        // a user's own password: set, used, mistyped
        String signer =
                created("/api/users", Map.of("Username", "secretsigner", "DisplayName", "Signer"));
        Caller signerCaller = new Caller(signer, "secretsigner", Caller.Via.SESSION, "127.0.0.1");
        server.engine().security().signIn().setPassword(signerCaller, signer, USER_PASSWORD);
        server.engine().security().signIn().signIn("secretsigner", USER_PASSWORD, "127.0.0.1");
        try {
            server.engine()
                    .security()
                    .signIn()
                    .signIn("secretsigner", USER_PASSWORD + "x", "127.0.0.1");
        } catch (RuntimeException refused) {
            texts.add(String.valueOf(refused.getMessage()));
        }

        // every event, as JSON and as CSV
        call(
                "GET",
                "/api/events?includeSystem=true&spaces=Spaces-1&take=1000",
                null,
                TestServer.ADMIN_KEY);
        TestServer.Response csv =
                call(
                        "GET",
                        "/api/events?includeSystem=true&spaces=Spaces-1&asCsv=true",
                        null,
                        TestServer.ADMIN_KEY);
        assertThat(csv.body())
                .contains("Account Deployer account was created")
                .contains("Variables of " + project + " were changed")
                .contains("DeploymentFailed")
                .contains("Login");
        return apiKey;
    }

    private static Map<String, Object> step(String name, String script) {
        return Map.of(
                "Name",
                name,
                "Actions",
                List.of(
                        Map.of(
                                "Name",
                                name,
                                "ActionType",
                                "Octopus.Script",
                                "Properties",
                                Map.of(
                                        "Octopus.Action.RunOnServer",
                                        "true",
                                        "Octopus.Action.Script.Syntax",
                                        "Bash",
                                        "Octopus.Action.Script.ScriptBody",
                                        script))));
    }

    private String roleId(String name) {
        for (JsonNode r : ok(call("GET", "/api/userroles/all", null, TestServer.ADMIN_KEY))) {
            if (r.get("Name").asText().equalsIgnoreCase(name)) {
                return r.get("Id").asText();
            }
        }
        throw new AssertionError("no role " + name);
    }

    /** A request whose response (status line, headers, body) joins the texts scanned. */
    private TestServer.Response call(String method, String path, Object body, String apiKey) {
        TestServer.Response response = server.send(method, path, body, apiKey);
        texts.add(response.status() + " " + response.headers().map() + " " + response.body());
        return response;
    }

    private String created(String path, Object body) {
        TestServer.Response created = call("POST", path, body, TestServer.ADMIN_KEY);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
        return created.json().get("Id").asText();
    }

    private static JsonNode ok(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
