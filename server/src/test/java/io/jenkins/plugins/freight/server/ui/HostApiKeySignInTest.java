package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.CreatedApiKey;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The UI mounted in a host that passes its signed-in user's API key in {@code X-Octopus-ApiKey} (as
 * the Jenkins plugin does under {@code <jenkins>/freight/}): the key opens a UI session as that
 * user, POSTs still need the session's CSRF token, a bad key gets the sign-in form, and the key
 * shows up in no page, cookie or log line. Plain HTTP through the real servlet, under a prefix.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostApiKeySignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static UiServer server;

    @BeforeAll
    static void start() {
        server = UiServer.start(DatabaseKind.H2, "/jenkins/freight");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theHostsKeyOpensASessionAsItsUserAndPostsStillNeedTheSessionsToken() throws Exception {
        String key = keyOf(user("jenkins-ann"), Instant.now().plusSeconds(3600)).apiKey();
        ServerTask task = waitingTask();
        String cancel = "/" + Space.DEFAULT_ID + "/tasks/" + task.id() + "/cancel";
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<HttpResponse<String>> responses = new ArrayList<>();
        Client browser = new Client(key);
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            HttpResponse<String> dashboard = browser.get("/" + Space.DEFAULT_ID);
            responses.add(dashboard);
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body())
                    .contains("<a class=\"user\" id=\"account\"")
                    .contains(">jenkins-ann</a>")
                    .as("signing out is the host's business")
                    .doesNotContain("Sign out");
            assertThat(browser.cookie()).isNotEmpty();

            HttpResponse<String> noToken = browser.post(cancel, Map.of());
            responses.add(noToken);
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(state(task)).isEqualTo(TaskState.QUEUED);

            HttpResponse<String> taskPage =
                    browser.get("/" + Space.DEFAULT_ID + "/tasks/" + task.id());
            responses.add(taskPage);
            String token = token(taskPage);
            HttpResponse<String> accepted = browser.post(cancel, Map.of("_csrf", token));
            responses.add(accepted);
            assertThat(accepted.statusCode()).isEqualTo(303);
            assertThat(state(task)).isEqualTo(TaskState.CANCELED);

            // the session works on its own too: the header only opened it
            assertThat(withCookieOnly(browser.cookie()).statusCode()).isEqualTo(200);

            // signing out ends this session and comes back signed in by the host, not to a loop
            HttpResponse<String> signOut = browser.post("/logout", Map.of("_csrf", token));
            responses.add(signOut);
            assertThat(signOut.statusCode()).isEqualTo(303);
            assertThat(signOut.headers().firstValue("Location")).contains(server.appPath() + "/");
            assertThat(browser.get("/" + Space.DEFAULT_ID).statusCode()).isEqualTo(200);
        } finally {
            System.setErr(original);
        }
        for (HttpResponse<String> response : responses) {
            assertThat(response.body()).doesNotContain(key);
            assertThat(response.headers().allValues("Set-Cookie").toString()).doesNotContain(key);
        }
        assertThat(browser.cookie()).doesNotContain(key);
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("user=jenkins-ann").doesNotContain(key);
    }

    @Test
    void aCrossSitePostCarryingOnlyTheHostsCookieAndKeyIsRefusedAndChangesNothing()
            throws Exception {
        String key = keyOf(user("jenkins-eve-target"), Instant.now().plusSeconds(3600)).apiKey();
        ServerTask task = waitingTask();
        String cancel = "/" + Space.DEFAULT_ID + "/tasks/" + task.id() + "/cancel";

        // no UI session yet: the key opens one, but the form cannot carry its token
        HttpResponse<String> fresh = new Client(key).post(cancel, Map.of());
        assertThat(fresh.statusCode()).isEqualTo(403);
        assertThat(fresh.body()).contains("did not come from this site");

        // a UI session exists: the browser sends its cookie, still without the token
        Client browser = new Client(key);
        assertThat(browser.get("/" + Space.DEFAULT_ID).statusCode()).isEqualTo(200);
        HttpResponse<String> withCookie = browser.post(cancel, Map.of("_csrf", "forged"));
        assertThat(withCookie.statusCode()).isEqualTo(403);
        HttpResponse<String> noField = browser.post(cancel, Map.of());
        assertThat(noField.statusCode()).isEqualTo(403);

        assertThat(state(task)).isEqualTo(TaskState.QUEUED);
    }

    @Test
    void anInvalidExpiredOrRevokedKeyGetsTheSignInForm() throws Exception {
        User user = user("jenkins-bob");
        CreatedApiKey revoked = keyOf(user, Instant.now().plusSeconds(3600));
        server.engine().identity().revokeApiKey(server.admin(), user.id(), revoked.key().id());
        CreatedApiKey expiring = keyOf(user, Instant.now().plusMillis(1500));
        Thread.sleep(2000);
        for (String key :
                List.of(
                        "API-NOTAVALIDKEYNOTAVALIDKEY0001",
                        "not even a key",
                        revoked.apiKey(),
                        expiring.apiKey())) {
            HttpResponse<String> page = new Client(key).get("/" + Space.DEFAULT_ID);
            assertThat(page.statusCode()).as(key).isEqualTo(303);
            assertThat(page.headers().firstValue("Location").orElseThrow())
                    .startsWith(server.appPath() + "/login");
            assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void theKeyIsTakenFromTheHeaderOnly() throws Exception {
        String key = keyOf(user("jenkins-carl"), Instant.now().plusSeconds(3600)).apiKey();
        Client client = new Client(null);
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
        HttpResponse<String> query = client.get("/" + Space.DEFAULT_ID + "?apikey=" + encoded);
        assertThat(query.statusCode()).isEqualTo(303);
        assertThat(query.headers().firstValue("Location").orElseThrow())
                .startsWith(server.appPath() + "/login");
        HttpResponse<String> bearer =
                client.send(
                        HttpRequest.newBuilder(URI.create(server.app() + "/" + Space.DEFAULT_ID))
                                .header("Authorization", "Bearer " + key)
                                .build());
        assertThat(bearer.statusCode()).isEqualTo(303);
    }

    @Test
    void whenTheHostsUserChangesTheKeyWins() throws Exception {
        String dora = keyOf(user("jenkins-dora"), Instant.now().plusSeconds(3600)).apiKey();
        String finn = keyOf(user("jenkins-finn"), Instant.now().plusSeconds(3600)).apiKey();
        Client browser = new Client(dora);
        assertThat(browser.get("/" + Space.DEFAULT_ID).body()).contains(">jenkins-dora</a>");
        String dorasCookie = browser.cookie();

        browser.key = finn;
        HttpResponse<String> page = browser.get("/" + Space.DEFAULT_ID);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(">jenkins-finn</a>").doesNotContain("jenkins-dora");

        // dora's session ended with the switch
        assertThat(withCookieOnly(dorasCookie).statusCode()).isEqualTo(303);
    }

    /** The dashboard requested with this session cookie and no key. */
    private static HttpResponse<String> withCookieOnly(String cookie) throws Exception {
        return new Client(null)
                .send(
                        HttpRequest.newBuilder(URI.create(server.app() + "/" + Space.DEFAULT_ID))
                                .header("Cookie", cookie)
                                .build());
    }

    private static User user(String username) {
        server.createUser(username, username);
        return server.engine().identity().getUser(Caller.system(), username);
    }

    private static CreatedApiKey keyOf(User user, Instant expires) {
        return server.engine()
                .identity()
                .createApiKey(Caller.system(), user.id(), "Jenkins session", expires);
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

    private static String token(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /**
     * A browser behind the host: keeps cookies, follows no redirects, and every request carries the
     * key the host injects (none when null).
     */
    private static final class Client {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        private String key;

        Client(String key) {
            this.key = key;
        }

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
            HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
            if (key != null) {
                builder.header("X-Octopus-ApiKey", key);
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The session cookie as a {@code Cookie} header value; empty without one. */
        String cookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("freight_session"))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .findFirst()
                    .orElse("");
        }
    }
}
