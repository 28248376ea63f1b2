package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.PlanDraft;
import io.jenkins.plugins.freight.engine.plan.PlanState;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The UI's guards over plain HTTP: pages need a session, every POST needs the session's CSRF token,
 * sign-in failures say nothing about which part was wrong and are throttled, redirects never leave
 * the UI, names are escaped, and signing out ends the session.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UiSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static UiServer server;

    @BeforeAll
    static void start() {
        server = UiServer.start(DatabaseKind.H2, "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pagesNeedASignedInSession() throws Exception {
        Client anonymous = new Client();
        HttpResponse<String> page = anonymous.get("/" + Space.DEFAULT_ID + "/tasks");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/app/login?next=%2Fapp%2FSpaces-1%2Ftasks");
    }

    @Test
    void postWithoutTheSessionsTokenIsRefusedAndChangesNothing() throws Exception {
        ServerTask task = waitingTask();
        Client admin = signedIn("admin", UiServer.ADMIN_PASSWORD);
        String cancel = "/" + Space.DEFAULT_ID + "/tasks/" + task.id() + "/cancel";

        HttpResponse<String> noToken = admin.post(cancel, Map.of());
        HttpResponse<String> otherToken = admin.post(cancel, Map.of("_csrf", "forged"));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("did not come from this site");
        assertThat(otherToken.statusCode()).isEqualTo(403);
        assertThat(state(task)).isEqualTo(TaskState.QUEUED);

        String token = admin.token("/" + Space.DEFAULT_ID + "/tasks/" + task.id());
        HttpResponse<String> accepted = admin.post(cancel, Map.of("_csrf", token));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(state(task)).isEqualTo(TaskState.CANCELED);
    }

    @Test
    void wrongCredentialsSayNothingSpecificAndRepeatedFailuresAreThrottled() throws Exception {
        String secret = server.createUser("guesswork", "Guess Work");
        Client client = new Client();
        String token = client.token("/login");
        Map<String, String> wrongPassword =
                Map.of("_csrf", token, "username", "guesswork", "password", "nope");
        HttpResponse<String> wrong = client.post("/login", wrongPassword);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The username or password is not valid.");
        HttpResponse<String> unknownUser =
                client.post(
                        "/login", Map.of("_csrf", token, "username", "nobody", "password", "x"));
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(unknownUser.body()).contains("The username or password is not valid.");
        HttpResponse<String> apiKeyAsPassword =
                client.post(
                        "/login",
                        Map.of(
                                "_csrf",
                                token,
                                "username",
                                "admin",
                                "password",
                                UiServer.ADMIN_KEY));
        assertThat(apiKeyAsPassword.statusCode()).as("an API key is not a password").isEqualTo(401);

        // the engine locks the username after five failures, doubling the wait with each further
        // one (1 s, 2 s, 4 s): fail eight times, waiting out the short locks in between
        int failures = 1;
        while (failures < 8) {
            HttpResponse<String> attempt = client.post("/login", wrongPassword);
            if (attempt.statusCode() == 401) {
                failures++;
            } else {
                assertThat(attempt.statusCode()).isEqualTo(429);
                Thread.sleep(500);
            }
        }
        HttpResponse<String> throttled =
                client.post(
                        "/login",
                        Map.of("_csrf", token, "username", "guesswork", "password", secret));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("Too many failed sign-in attempts; try again in");
        assertThat(throttled.body()).doesNotContain(secret);
        assertThat(throttled.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void signInNeverRedirectsOutsideTheUi() throws Exception {
        Client client = new Client();
        String token = client.token("/login");
        HttpResponse<String> signedIn =
                client.post(
                        "/login",
                        Map.of(
                                "_csrf",
                                token,
                                "username",
                                "admin",
                                "password",
                                UiServer.ADMIN_PASSWORD,
                                "next",
                                "https://elsewhere.example/"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/app/");
    }

    @Test
    void namesAreEscaped() throws Exception {
        server.engine()
                .environments()
                .create(
                        server.admin(),
                        Space.DEFAULT_ID,
                        io.jenkins.plugins.freight.engine.environment.Environment.named(
                                "<img src=x onerror=alert(1)>"));
        Client admin = signedIn("admin", UiServer.ADMIN_PASSWORD);
        String page = admin.get("/" + Space.DEFAULT_ID + "/environments").body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).doesNotContain("<img src=x");

        Team team =
                server.engine()
                        .security()
                        .teams()
                        .create(
                                server.admin(),
                                new TeamDetails(
                                        "<script>alert(2)</script>",
                                        "\"><img src=y>",
                                        Space.DEFAULT_ID,
                                        List.of()));
        for (String path :
                List.of(
                        "/" + Space.DEFAULT_ID + "/teams",
                        "/" + Space.DEFAULT_ID + "/teams/" + team.id(),
                        "/" + Space.DEFAULT_ID + "/audit")) {
            String html = admin.get(path).body();
            assertThat(html).as(path).contains("&lt;script&gt;alert(2)&lt;/script&gt;");
            assertThat(html)
                    .as(path)
                    .doesNotContain("<script>alert(2)")
                    .doesNotContain("<img src=y");
        }
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Client admin = signedIn("admin", UiServer.ADMIN_PASSWORD);
        String token = admin.token("/" + Space.DEFAULT_ID + "/environments");
        String stolenCookie = admin.cookie();

        assertThat(admin.post("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(303);

        Client replay = new Client();
        HttpResponse<String> page =
                replay.send(
                        HttpRequest.newBuilder(URI.create(server.app() + "/" + Space.DEFAULT_ID))
                                .header("Cookie", stolenCookie)
                                .build());
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith("/app/login");
    }

    @Test
    void aLeadWhoMayNotDeployIsNotOfferedExecuteAndIsRefusedWhenForcingIt() throws Exception {
        RandomQuotes seed = new RandomQuotes(server);
        var project = seed.project("Lead Project", "echo deploy");
        seed.release(project, "1.0.0");
        User lead = server.createUserWithoutRoles("lead", "Team Lead");
        var teams = server.engine().security().teams();
        Team leads =
                teams.create(
                        server.admin(),
                        new TeamDetails("Leads", null, Space.DEFAULT_ID, List.of(lead.id())));
        server.engine()
                .security()
                .scopedUserRoles()
                .create(
                        server.admin(),
                        new ScopedUserRole(
                                null,
                                Space.DEFAULT_ID,
                                leads.id(),
                                BuiltInRoles.DEPLOYMENT_PLAN_EDITOR,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()));
        DeploymentPlan plan =
                server.engine()
                        .plans()
                        .editing()
                        .create(
                                new Caller(lead.id(), lead.username(), Caller.Via.SESSION, null),
                                Space.DEFAULT_ID,
                                new PlanDraft(
                                        "Lead's plan",
                                        "Dev",
                                        "",
                                        List.of(
                                                new PlanDraft.Item(
                                                        "Lead Project", "1.0.0", "notes"))));
        Client client = signedIn("lead", UiServer.password("lead"));
        String planPath = "/" + Space.DEFAULT_ID + "/plans/" + plan.id();

        String page = client.get(planPath).body();
        assertThat(page).contains("id=\"add-item\"").doesNotContain("id=\"execute-plan\"");
        assertThat(client.get("/" + Space.DEFAULT_ID).body())
                .contains("id=\"nav-plans\"")
                .doesNotContain("id=\"nav-users\"");

        String token = client.token(planPath);
        HttpResponse<String> forced =
                client.post(
                        planPath + "/execute",
                        Map.of("_csrf", token, "version", Integer.toString(plan.version())));
        assertThat(forced.statusCode()).isEqualTo(403);
        assertThat(forced.body()).contains("Missing permission DeploymentCreate");
        assertThat(
                        server.engine()
                                .plans()
                                .editing()
                                .get(server.admin(), Space.DEFAULT_ID, plan.id())
                                .state())
                .isEqualTo(PlanState.DRAFT);
        HttpResponse<String> users = client.get("/" + Space.DEFAULT_ID + "/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("Missing permission UserView");
    }

    private static ServerTask waitingTask() {
        return server.engine()
                .tasks()
                .enqueue(
                        server.admin(),
                        TaskRequest.of(Space.DEFAULT_ID, "NoHandlerForThis", "Waits in the queue"));
    }

    private static TaskState state(ServerTask task) {
        return server.engine().tasks().get(Caller.system(), task.id()).state();
    }

    private static Client signedIn(String username, String password) throws Exception {
        Client client = new Client();
        String token = client.token("/login");
        HttpResponse<String> response =
                client.post(
                        "/login",
                        Map.of("_csrf", token, "username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(303);
        return client;
    }

    /** A browser-like HTTP client: keeps cookies, does not follow redirects. */
    private static final class Client {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(server.app() + path)).build());
        }

        HttpResponse<String> post(String path, Map<String, String> form)
                throws IOException, InterruptedException {
            String body =
                    form.entrySet().stream()
                            .map(
                                    e ->
                                            e.getKey()
                                                    + "="
                                                    + URLEncoder.encode(
                                                            e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return send(
                    HttpRequest.newBuilder(URI.create(server.app() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of the form on the page. */
        String token(String path) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(path).body());
            assertThat(m.find()).as("a form with a CSRF token on %s", path).isTrue();
            return m.group(1);
        }

        String cookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("freight_session"))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .findFirst()
                    .orElseThrow();
        }
    }
}
