package io.jenkins.plugins.freight.plugin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.plugin.config.ConnectionCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class EmbeddedEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;
    private EmbeddedHarness jenkins;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        jenkins = EmbeddedHarness.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        if (jenkins != null) {
            jenkins.close();
        }
        EmbeddedHarness.delete(home);
    }

    private HttpResponse<String> send(String method, String path, String user, String key)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(jenkins.baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                method.equals("GET")
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                "{\"Username\":\"eve\",\"DisplayName\":\"Eve\"}"));
        if (user != null) {
            request.header("X-Test-User", user);
        }
        if (key != null) {
            request.header("X-Octopus-ApiKey", key);
        }
        request.header("Content-Type", "application/json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void pluginKeyIsSealedOnDiskAuthenticatesAndSurvivesARestart() throws Exception {
        String key = jenkins.engine.pluginApiKey();
        String stored =
                Files.readString(home.resolve("freight/plugin-key"), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain(key);
        HttpResponse<String> me = send("GET", "/api/users/me", null, key);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("Username").asText()).isEqualTo("admin");

        jenkins.close();
        jenkins = EmbeddedHarness.start(home);
        assertThat(jenkins.engine.pluginApiKey()).isEqualTo(key);
        assertThat(send("GET", "/api/users/me", null, key).statusCode()).isEqualTo(200);
    }

    @Test
    void jenkinsAdministratorActsAsTheirOwnFreightUser() throws Exception {
        HttpResponse<String> me = send("GET", "/api/users/me", "alice:admin", null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("Username").asText()).isEqualTo("jenkins.alice");
        assertThat(json(me).path("DisplayName").asText()).isEqualTo("ALICE");
    }

    @Test
    void jenkinsAdministratorsAdministerFreightAndStopWhenJenkinsSaysSo() throws Exception {
        HttpResponse<String> asAdmin = send("GET", "/api/users/all", "dana:admin", null);
        assertThat(asAdmin.statusCode()).as(asAdmin.body()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("jenkins.dana");
        HttpResponse<String> created = send("POST", "/api/users", "dana:admin", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // no longer a Jenkins administrator: out of Freight's administrators at the next request
        HttpResponse<String> demoted = send("GET", "/api/users/all", "dana:reader", null);
        assertThat(demoted.statusCode()).isEqualTo(403);
        assertThat(json(demoted).path("ErrorMessage").asText()).contains("UserView");
        var admins =
                jenkins.engine
                        .engine()
                        .security()
                        .teams()
                        .get(
                                io.jenkins.plugins.freight.engine.security.Caller.system(),
                                io.jenkins.plugins.freight.engine.security.Team.ADMINISTRATORS);
        var dana =
                jenkins.engine
                        .engine()
                        .identity()
                        .getUser(
                                io.jenkins.plugins.freight.engine.security.Caller.system(),
                                "jenkins.dana");
        assertThat(admins.memberUserIds()).doesNotContain(dana.id());
    }

    @Test
    void otherJenkinsUsersMayReadButNotChangeAnything() throws Exception {
        HttpResponse<String> me = send("GET", "/api/users/me", "bob:reader", null);
        HttpResponse<String> create = send("POST", "/api/users", "bob:reader", null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("Username").asText()).isEqualTo("jenkins.bob");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(json(create).path("ErrorMessage").asText())
                .isEqualTo(
                        io.jenkins.plugins.freight.plugin.Messages.Embedded_AdministratorsOnly());
    }

    @Test
    void anonymousRequestsWithoutAKeyAreAskedToSignIn() throws Exception {
        assertThat(send("GET", "/api/users/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void linksPointBackThroughTheJenkinsMount() throws Exception {
        HttpResponse<String> root = send("GET", "/api", null, null);

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("/jenkins/freight/api");
    }

    @Test
    void sessionKeysAreReusedAndTheUserIsCreatedOnce() {
        JenkinsUsers users = jenkins.engine.users();

        String first = users.sessionKey("carol", "Carol", false);
        String second = users.sessionKey("carol", "Carol", false);

        assertThat(second).isEqualTo(first);
        assertThat(JenkinsUsers.usernameOf("carol")).isEqualTo("jenkins.carol");
        assertThat(JenkinsUsers.usernameOf("dom\\carol smith"))
                .startsWith("jenkins.dom_carol_smith-");
    }

    @Test
    void connectionCheckSaysWhetherTheUrlOrTheKeyFailed() {
        String key = jenkins.engine.pluginApiKey();

        var wrongKey =
                ConnectionCheck.run(
                        ConnectionSettings.of(jenkins.baseUrl, "API-WRONGWRONGWRONGWRONGWRONG00"));
        var wrongUrl = ConnectionCheck.run(ConnectionSettings.of("http://127.0.0.1:9", key));

        assertThat(wrongKey.failure()).isEqualTo(ConnectionCheck.Failure.API_KEY);
        assertThat(wrongKey.message()).doesNotContain("API-WRONG");
        assertThat(wrongUrl.failure()).isEqualTo(ConnectionCheck.Failure.URL);
        assertThat(wrongUrl.message()).doesNotContain(key);
    }

    @Test
    void connectionCheckPassesWithThePluginKeyAndTheDefaultSpace() {
        var outcome =
                ConnectionCheck.run(
                        ConnectionSettings.of(jenkins.baseUrl, jenkins.engine.pluginApiKey())
                                .withSpace("Default"));

        assertThat(outcome.ok()).as(outcome.message()).isTrue();
        assertThat(outcome.message())
                .contains("'Default'")
                .doesNotContain(jenkins.engine.pluginApiKey());
    }

    @Test
    void connectionCheckSaysWhenTheSpaceDoesNotExist() {
        var outcome =
                ConnectionCheck.run(
                        ConnectionSettings.of(jenkins.baseUrl, jenkins.engine.pluginApiKey())
                                .withSpace("No Such Space"));

        assertThat(outcome.failure()).isEqualTo(ConnectionCheck.Failure.SPACE);
    }
}
