package io.jenkins.plugins.freight.server.ui;

import static io.jenkins.plugins.freight.server.ui.SignOffFlowTest.dashboardCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser: each cell holds the release of the newest deployment of that
 * project to that environment, coloured by its state (success, failed, executing, queued, waiting
 * for a person), and leads to its task.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DashboardTest {

    @Test
    void cellsShowTheNewestReleaseInEachEnvironmentColouredByState() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Project quotes = seed.project("Random Quotes", "echo deployed");
            Project api = seed.project("Quote API", "echo 'Migration failed' >&2; exit 1");
            Project worker = seed.project("Quote Worker", "sleep 60");
            Project admin = seed.project("Quote Admin", "sleep 60");
            Deployment devQuotes = seed.deploy(seed.release(quotes, "0.0.1"), seed.dev);
            Deployment testQuotes = seed.deploy(seed.release(quotes, "0.0.2"), seed.test);
            Deployment devApi = seed.deploy(seed.release(api, "1.4.0"), seed.dev);
            awaitState(server, devQuotes, TaskState.SUCCESS);
            awaitState(server, devApi, TaskState.FAILED);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> task(server, testQuotes).hasPendingInterruptions());
            // Long-running steps last: steps on the server's own host take turns.
            Deployment running = seed.deploy(seed.release(worker, "2.0.0"), seed.dev);
            Deployment executing = seed.deploy(seed.release(admin, "3.1.0"), seed.test);
            awaitState(server, running, TaskState.EXECUTING);
            awaitState(server, executing, TaskState.EXECUTING);
            Deployment queued = seed.deploy(seed.release(worker, "2.0.1"), seed.dev);
            try {
                browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);

                assertCell(browser, "Random Quotes", "Dev", "success", "0.0.1", "Success");
                assertCell(
                        browser,
                        "Random Quotes",
                        "Test",
                        "waiting",
                        "0.0.2",
                        "Waiting for a person");
                assertCell(browser, "Quote API", "Dev", "failed", "1.4.0", "Failed");
                assertCell(browser, "Quote Worker", "Dev", "queued", "2.0.1", "Queued");
                assertCell(browser, "Quote Admin", "Test", "executing", "3.1.0", "Executing");
                assertThat(dashboardCell(browser, "Quote API", "Test").getAttribute("class"))
                        .contains("cell-empty");
                assertThat(task(server, queued).state()).isEqualTo(TaskState.QUEUED);
                browser.screenshot(Screenshots.file("dashboard.png"));

                dashboardCell(browser, "Quote Worker", "Dev").findElement(By.tagName("a")).click();
                assertThat(browser.find("#task-title").getText()).contains("2.0.1");
                browser.driver().navigate().back();

                browser.open(
                        server.app() + "/" + RandomQuotes.SPACE + "/tasks/" + running.taskId());
                assertThat(browser.find("#task-live").getAttribute("data-state"))
                        .isEqualTo("executing");
            } finally {
                server.engine().tasks().cancel(Caller.system(), queued.taskId());
                server.engine().tasks().cancel(Caller.system(), running.taskId());
                server.engine().tasks().cancel(Caller.system(), executing.taskId());
                server.engine().tasks().cancel(Caller.system(), testQuotes.taskId());
            }
        }
    }

    private static void assertCell(
            Browser browser,
            String project,
            String environment,
            String state,
            String version,
            String label) {
        WebElement cell = dashboardCell(browser, project, environment);
        assertThat(cell.getAttribute("class")).contains("cell-" + state);
        assertThat(List.of(cell.getText().split("\n"))).contains(version, label);
    }

    private static ServerTask task(UiServer server, Deployment deployment) {
        return server.engine().tasks().get(Caller.system(), deployment.taskId());
    }

    private static void awaitState(UiServer server, Deployment deployment, TaskState state) {
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> task(server, deployment).state() == state);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    deployment.name()
                            + " is "
                            + task(server, deployment).state()
                            + ", not "
                            + state
                            + ":\n"
                            + server.engine().tasks().rawLog(Caller.system(), deployment.taskId()),
                    e);
        }
    }
}
