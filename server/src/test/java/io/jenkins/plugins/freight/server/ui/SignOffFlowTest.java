package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Seed 000 in a real browser: a tester signs in, finds the Test deployment waiting for sign-off on
 * the dashboard, assigns it to themselves, proceeds with a note, and watches the task complete.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SignOffFlowTest {

    @Test
    void testerSignsOffTheTestDeploymentAndWatchesItComplete() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Project project =
                    seed.project(
                            "Random Quotes",
                            "echo 'Deploying Random Quotes'",
                            "sleep 2; echo 'Smoke test passed'");
            Release release = seed.release(project, "0.0.1");
            Deployment deployment = seed.deploy(release, seed.test);
            awaitSignOffRequest(server, deployment);
            String password = server.createUser("tester", "Tess Tester");

            browser.signIn(server.app(), "tester", password);

            WebElement cell = dashboardCell(browser, "Random Quotes", "Test");
            assertThat(cell.getAttribute("class")).contains("cell-waiting");
            assertThat(cell.getText()).contains("0.0.1").contains("Waiting for a person");
            cell.findElement(By.tagName("a")).click();

            assertThat(browser.find("#task-title").getText())
                    .isEqualTo(
                            server.engine()
                                    .tasks()
                                    .get(seed.admin, deployment.taskId())
                                    .description());
            WebElement card = browser.find(".intervention");
            assertThat(card.findElement(By.tagName("h3")).getText())
                    .isEqualTo("Approval required for Deployment Sign Off");
            assertThat(card.getText()).contains("Open the application and confirm");
            assertThat(card.findElement(By.className("blocking")).getText())
                    .contains("Later deployments of this project to this environment wait");
            card.findElement(By.cssSelector("form.take button")).click();

            assertThat(browser.find(".intervention .responsible").getText()).isEqualTo("you");
            browser.find(".intervention textarea[name=Notes]").sendKeys("Quotes look random");
            browser.find(".intervention button[value=Proceed]").click();

            browser.waitUntil(
                    "the page shows the task running after sign-off",
                    30,
                    () -> browser.findAll(".intervention").isEmpty());
            browser.driver().executeScript("window.freightNotReloaded = true;");
            browser.waitUntil(
                    "the task page updates itself to Success",
                    60,
                    () -> "success".equals(browser.find("#task-live").getAttribute("data-state")));
            assertThat(browser.driver().executeScript("return window.freightNotReloaded === true"))
                    .as("the page was updated in place, not reloaded")
                    .isEqualTo(true);
            assertThat(browser.find("#activity").getText())
                    .contains("Deploy web app")
                    .contains("Deployment Sign Off")
                    .contains("Smoke test passed");
            assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
            browser.screenshot(Screenshots.file("task.png"));

            ServerTask task = server.engine().tasks().get(Caller.system(), deployment.taskId());
            assertThat(task.state()).isEqualTo(TaskState.SUCCESS);
            Interruption answered =
                    server.engine()
                            .tasks()
                            .interruptions()
                            .list(
                                    Caller.system(),
                                    InterruptionQuery.inSpace(RandomQuotes.SPACE)
                                            .regarding(deployment.taskId()))
                            .items()
                            .get(0);
            assertThat(answered.result()).contains("Proceed");
            assertThat(answered.notes()).contains("Quotes look random");
            assertThat(answered.submittedByUserId())
                    .isEqualTo(server.engine().identity().getUser(seed.admin, "tester").id());

            browser.open(server.app());
            WebElement done = dashboardCell(browser, "Random Quotes", "Test");
            assertThat(done.getAttribute("class")).contains("cell-success");
            assertThat(done.getText()).contains("0.0.1").contains("Success");
        }
    }

    private static void awaitSignOffRequest(UiServer server, Deployment deployment) {
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                server.engine()
                                        .tasks()
                                        .get(Caller.system(), deployment.taskId())
                                        .hasPendingInterruptions());
    }

    /** The dashboard cell of a project (row) in an environment (column). */
    static WebElement dashboardCell(Browser browser, String project, String environment) {
        List<String> headings =
                browser.findAll("#dashboard thead th").stream()
                        .map(th -> th.getDomProperty("textContent").strip())
                        .toList();
        int column = headings.indexOf(environment);
        assertThat(column).as("environment column %s in %s", environment, headings).isPositive();
        for (WebElement row : browser.findAll("#dashboard tbody tr")) {
            if (row.findElement(By.tagName("th")).getText().equals(project)) {
                return row.findElements(By.tagName("td")).get(column - 1);
            }
        }
        throw new AssertionError("No dashboard row for " + project);
    }
}
