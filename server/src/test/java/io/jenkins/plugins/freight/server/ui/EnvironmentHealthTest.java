package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environments page in a real browser: each environment's targets counted by health, and "Check
 * health" queueing a Health task against a real SSH server and a closed port.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EnvironmentHealthTest {

    @TempDir Path dir;

    @Test
    void checkHealthRecordsEachTargetsHealthAndShowsTheTask() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        try (TestSshServer ssh = TestSshServer.start(dir, null);
                UiServer server = UiServer.start(DatabaseKind.H2, "");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Account login =
                    server.engine()
                            .accounts()
                            .create(
                                    seed.admin,
                                    RandomQuotes.SPACE,
                                    Account.usernamePassword(
                                            "Login", TestSshServer.USER, TestSshServer.PASSWORD));
            for (Object[] target : new Object[][] {{"web-01", ssh.port()}, {"web-02", closed}}) {
                server.engine()
                        .machines()
                        .create(
                                seed.admin,
                                RandomQuotes.SPACE,
                                Machine.ssh(
                                        (String) target[0],
                                        List.of(seed.test.id()),
                                        List.of("web"),
                                        SshEndpoint.of(
                                                "127.0.0.1",
                                                (Integer) target[1],
                                                ssh.fingerprint(),
                                                login.id())));
            }
            browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);
            browser.open(server.app() + "/" + RandomQuotes.SPACE + "/environments");
            assertThat(browser.find("tr[data-environment=Test] .targets").getText())
                    .isEqualTo("2 targets: 2 Unknown");
            assertThat(browser.find("tr[data-environment=Dev] .targets").getText())
                    .isEqualTo("No targets");
            assertThat(browser.findAll("tr[data-environment=Dev] .check-health")).isEmpty();

            browser.find("tr[data-environment=Test] .check-health button").click();
            browser.waitUntil(
                    "the health check's task page",
                    20,
                    () -> !browser.findAll("#task-title").isEmpty());
            assertThat(browser.find("#task-title").getText()).contains("Test");
            browser.waitUntil(
                    "the check finished",
                    60,
                    () -> "failed".equals(browser.find("#task-live").getAttribute("data-state")));
            assertThat(browser.find("#activity").getText()).contains("web-01").contains("web-02");

            browser.open(server.app() + "/" + RandomQuotes.SPACE + "/environments");
            assertThat(browser.find("tr[data-environment=Test] .targets").getText())
                    .isEqualTo("2 targets: 1 Healthy, 1 Unavailable");
        }
    }
}
