package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
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
}
