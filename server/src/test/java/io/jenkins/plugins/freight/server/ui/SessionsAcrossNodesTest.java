package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web UI cookies are signed with the key the nodes share in the database: a sign-in on one node of
 * a PostgreSQL cluster holds on the other, a sign-in survives a restart, and signing out or
 * altering the cookie still ends it everywhere.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SessionsAcrossNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir Path dataDir;

    @Test
    void aSignInOnOneNodeHoldsOnTheOtherUntilSignOut() throws Exception {
        DatabaseSettings database = DatabaseKind.POSTGRESQL.newSettings();
        try (UiServer a = UiServer.node(database, dataDir, "node-a");
                UiServer b = UiServer.node(database, dataDir, "node-b")) {
            Browser browser = new Browser();
            // the sign-in form comes from node A, the sign-in itself reaches node B
            String formToken = browser.token(a.app() + "/login");
            HttpResponse<String> signIn =
                    browser.post(
                            b.app() + "/login",
                            Map.of(
                                    "_csrf",
                                    formToken,
                                    "username",
                                    "admin",
                                    "password",
                                    UiServer.ADMIN_PASSWORD));
            assertThat(signIn.statusCode()).isEqualTo(303);
            assertThat(signIn.headers().firstValue("Location").orElseThrow())
                    .doesNotContain("/login");

            assertThat(browser.get(a.app() + "/Spaces-1").statusCode()).isEqualTo(200);
            assertThat(browser.get(b.app() + "/Spaces-1").statusCode()).isEqualTo(200);
            String cookie = browser.cookie();
            assertThat(withCookie(b, forged(cookie)).statusCode()).isEqualTo(303);
            assertThat(withCookie(a, forged(cookie)).statusCode()).isEqualTo(303);

            // a form rendered by node B posts to node A with its token
            String token = browser.token(b.app() + "/Spaces-1/environments");
            assertThat(browser.post(a.app() + "/logout", Map.of("_csrf", token)).statusCode())
                    .isEqualTo(303);
            HttpResponse<String> replayed = withCookie(b, cookie);
            assertThat(replayed.statusCode()).isEqualTo(303);
            assertThat(replayed.headers().firstValue("Location").orElseThrow())
                    .startsWith("/app/login");
        }
    }

    @Test
    void aSignInSurvivesARestart() throws Exception {
        DatabaseSettings database = DatabaseSettings.h2File(dataDir);
        String cookie;
        try (UiServer before = UiServer.node(database, dataDir, "ui-test")) {
            Browser browser = new Browser();
            String formToken = browser.token(before.app() + "/login");
            browser.post(
                    before.app() + "/login",
                    Map.of(
                            "_csrf",
                            formToken,
                            "username",
                            "admin",
                            "password",
                            UiServer.ADMIN_PASSWORD));
            cookie = browser.cookie();
            assertThat(withCookie(before, cookie).statusCode()).isEqualTo(200);
        }
        try (UiServer restarted = UiServer.node(database, dataDir, "ui-test")) {
            HttpResponse<String> page = withCookie(restarted, cookie);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("admin");
            assertThat(withCookie(restarted, forged(cookie)).statusCode()).isEqualTo(303);
        }
    }

    /** The same cookie claiming another user: its signature no longer matches. */
    private static String forged(String cookie) {
        String[] parts = cookie.split("\\.", -1);
        parts[2] =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("Users-999".getBytes(StandardCharsets.UTF_8));
        String altered = String.join(".", parts);
        assertThat(altered).isNotEqualTo(cookie);
        return altered;
    }

    private static HttpResponse<String> withCookie(UiServer server, String cookie)
            throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(server.app() + "/Spaces-1"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps cookies across both nodes (same host), does not follow redirects. */
    private static final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, String> form)
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
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String token(String url) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(url).body());
            assertThat(m.find()).as("a form with a CSRF token on %s", url).isTrue();
            return m.group(1);
        }

        /** The session cookie as a Cookie header sends it. */
        String cookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("freight_session"))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .reduce((first, second) -> second)
                    .orElseThrow();
        }
    }
}
