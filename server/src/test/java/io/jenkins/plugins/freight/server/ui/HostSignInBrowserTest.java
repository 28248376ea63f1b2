package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Headless Chromium behind a "host" that adds its user's API key to every request (as the Jenkins
 * plugin does under {@code /jenkins/freight}): the UI opens signed in, with no sign-in form and no
 * Sign out, and a POST from the page still needs the session's CSRF token.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostSignInBrowserTest {

    static final String PREFIX = "/jenkins/freight";

    @Test
    void aHostsUserIsSignedInUnderThePrefix() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, PREFIX);
                Browser browser = Browser.start()) {
            server.createUser("jenkins.alice", "Alice");
            User alice = server.engine().identity().getUser(Caller.system(), "jenkins.alice");
            String key =
                    server.engine()
                            .identity()
                            .createApiKey(
                                    Caller.system(),
                                    alice.id(),
                                    "Jenkins session",
                                    Instant.now().plusSeconds(3600))
                            .apiKey();
            ServerTask task =
                    server.engine()
                            .tasks()
                            .enqueue(
                                    server.admin(),
                                    TaskRequest.of(Space.DEFAULT_ID, "NoHandlerForThis", "Waits"));
            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver()
                    .executeCdpCommand(
                            "Network.setExtraHTTPHeaders",
                            Map.of("headers", Map.of("X-Octopus-ApiKey", key)));

            browser.open(server.origin() + PREFIX + "/");

            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath())
                    .isEqualTo(PREFIX + "/app/" + Space.DEFAULT_ID);
            assertThat(browser.find(".signout .user").getText()).isEqualTo("jenkins.alice");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("Sign out")
                    .doesNotContain(key);
            assertThat(browser.driver().manage().getCookies().toString()).doesNotContain(key);

            String cancel = PREFIX + "/app/" + Space.DEFAULT_ID + "/tasks/" + task.id() + "/cancel";
            assertThat(browser.postForm(cancel, "")).startsWith("403 ");
            assertThat(server.engine().tasks().get(Caller.system(), task.id()).state())
                    .isEqualTo(TaskState.QUEUED);

            browser.open(server.app() + "/" + Space.DEFAULT_ID + "/tasks/" + task.id());
            String token = browser.find("#cancel-form input[name=_csrf]").getAttribute("value");
            assertThat(browser.postForm(cancel, "_csrf=" + token)).startsWith("200 ");
            assertThat(server.engine().tasks().get(Caller.system(), task.id()).state())
                    .isEqualTo(TaskState.CANCELED);
        }
    }
}
