package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Cookie;

/**
 * Signing in with a username and password in Chromium: the engine's session in an HttpOnly,
 * SameSite cookie, a wrong password's message, and signing out.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SignInTest {

    @Test
    void signsInWithAPasswordAndOutAgain() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "");
                Browser browser = Browser.start()) {
            server.createUserWithoutRoles("pat", "Pat Jones");

            browser.open(server.app() + "/login");
            browser.find("#username").sendKeys("pat");
            browser.find("#password").sendKeys("not the password");
            browser.find("#sign-in").click();
            browser.waitUntil(
                    "the refusal",
                    20,
                    () -> browser.find(".alert").getText().contains("is not valid"));
            assertThat(browser.find(".alert").getText())
                    .isEqualTo("The username or password is not valid.");

            browser.signIn(server.app(), "pat", UiServer.password("pat"));
            assertThat(browser.find(".signout .user").getText()).isEqualTo("pat");
            Cookie cookie = browser.driver().manage().getCookieNamed("freight_session");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getSameSite()).isEqualTo("Lax");
            assertThat(cookie.getPath()).isEqualTo("/app");
            assertThat(cookie.getValue()).doesNotContain(UiServer.password("pat"));
            assertThat(
                            server.engine()
                                    .audit()
                                    .list(
                                            server.admin(),
                                            EventQuery.inSpace(null, true)
                                                    .withCategories(
                                                            Set.of(
                                                                    EventCategory.Login,
                                                                    EventCategory.LoginFailed)))
                                    .items())
                    .extracting(e -> e.category())
                    .contains(EventCategory.Login, EventCategory.LoginFailed);

            browser.find(".signout button").click();
            browser.waitUntil(
                    "the sign-in form after signing out",
                    20,
                    () -> !browser.findAll("#sign-in").isEmpty());
            browser.open(server.app() + "/Spaces-1");
            browser.waitUntil(
                    "a signed-out visitor is asked to sign in",
                    20,
                    () -> browser.driver().getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void aPasswordSetThroughTheApiSignsInAndTheUserChangesIt() throws Exception {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "/jenkins/freight");
                Browser browser = Browser.start()) {
            // Octopus's write-only Password field: a too short one creates nothing
            HttpResponse<String> tooShort =
                    api(
                            server,
                            "POST",
                            "/api/users",
                            "{\"Username\":\"sam\",\"DisplayName\":\"Sam\",\"Password\":\"short\"}");
            assertThat(tooShort.statusCode()).isEqualTo(400);
            assertThat(tooShort.body()).contains("8 to 1024 characters").doesNotContain("short\"");
            assertThat(server.engine().identity().listUsers(server.admin(), "sam")).isEmpty();
            HttpResponse<String> created =
                    api(
                            server,
                            "POST",
                            "/api/users",
                            "{\"Username\":\"sam\",\"DisplayName\":\"Sam\","
                                    + "\"Password\":\"first-password-1\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.body()).doesNotContain("first-password-1");

            browser.signIn(server.app(), "sam", "first-password-1");
            browser.find("#account").click();
            browser.find("#current-password").sendKeys("first-password-1");
            browser.find("#new-password").sendKeys("second-password-2");
            browser.find("#repeat-password").sendKeys("second-password-3");
            browser.find("#save-password").click();
            browser.waitUntil(
                    "the mismatch",
                    20,
                    () -> browser.find("main").getText().contains("The two passwords differ"));
            browser.driver().navigate().back();
            browser.find("#current-password").clear();
            browser.find("#new-password").clear();
            browser.find("#repeat-password").clear();
            browser.find("#current-password").sendKeys("not-my-password");
            browser.find("#new-password").sendKeys("second-password-2");
            browser.find("#repeat-password").sendKeys("second-password-2");
            browser.find("#save-password").click();
            browser.waitUntil(
                    "the wrong current password",
                    20,
                    () -> browser.find("main").getText().contains("current password is wrong"));
            browser.driver().navigate().back();
            browser.find("#current-password").clear();
            browser.find("#new-password").clear();
            browser.find("#repeat-password").clear();
            browser.find("#current-password").sendKeys("first-password-1");
            browser.find("#new-password").sendKeys("second-password-2");
            browser.find("#repeat-password").sendKeys("second-password-2");
            browser.find("#save-password").click();
            browser.waitUntil(
                    "the change", 20, () -> !browser.findAll("#password-changed").isEmpty());
            browser.find(".signout button").click();
            browser.waitUntil("signed out", 20, () -> !browser.findAll("#sign-in").isEmpty());
            browser.signIn(server.app(), "sam", "second-password-2");
            assertThat(browser.find(".signout .user").getText()).isEqualTo("sam");
        }
    }

    private static HttpResponse<String> api(
            UiServer server, String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(server.origin() + "/jenkins/freight" + path))
                                .header("X-Octopus-ApiKey", UiServer.ADMIN_KEY)
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
