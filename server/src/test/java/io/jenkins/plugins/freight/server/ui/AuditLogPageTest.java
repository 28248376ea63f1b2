package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The audit log in Chromium: paging through more events than fit a page, filtering by category,
 * environment, project, user and time, and exporting exactly the filtered events as CSV.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class AuditLogPageTest {

    @Test
    void filtersPagesAndExports() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Project quotes = seed.project("Random Quotes", "echo deploy");
            var deployment = seed.deploy(seed.release(quotes, "1.0.0"), seed.dev);
            // the outcome is recorded after the task ends: wait for it, so the events that follow
            // are newer
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(
                            () ->
                                    !server.engine()
                                            .audit()
                                            .list(
                                                    Caller.system(),
                                                    io.jenkins.plugins.freight.engine.audit
                                                            .EventQuery.inSpace(
                                                                    RandomQuotes.SPACE, false)
                                                            .withDocuments(List.of(deployment.id()))
                                                            .withCategories(
                                                                    java.util.Set.of(
                                                                            io.jenkins.plugins
                                                                                    .freight.engine
                                                                                    .audit
                                                                                    .EventCategory
                                                                                    .DeploymentSucceeded)))
                                            .items()
                                            .isEmpty());
            server.createUser("ops", "Ops Person");
            User ops = server.engine().identity().getUser(server.admin(), "ops");
            Caller opsCaller = new Caller(ops.id(), ops.username(), Caller.Via.API_KEY, null);
            for (int i = 1; i <= 32; i++) {
                server.engine()
                        .security()
                        .teams()
                        .create(
                                opsCaller,
                                new TeamDetails("Spare " + i, null, RandomQuotes.SPACE, List.of()));
            }
            browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);

            // everything, newest first, 30 to a page
            browser.find("#nav-audit").click();
            assertThat(browser.findAll("#events tbody tr")).hasSize(30);
            assertThat(browser.find("#audit-count").getText()).contains("page 1 of 2");
            List<String> rows =
                    browser.findAll("#events tbody tr").stream().map(WebElement::getText).toList();
            assertThat(rows).anyMatch(r -> r.contains("User admin signed in"));
            assertThat(rows.stream().filter(r -> r.contains("Team Spare")).toList())
                    .as("newest first")
                    .first()
                    .asString()
                    .contains("Team Spare 32 was created");
            assertThat(browser.findAll("#previous-page")).isEmpty();
            browser.find("#next-page").click();
            browser.waitUntil(
                    "page 2", 20, () -> browser.find("#audit-count").getText().contains("page 2"));
            assertThat(browser.findAll("#events tbody tr")).isNotEmpty();
            assertThat(browser.findAll("#next-page")).isEmpty();

            // one category in one environment and project
            browser.find("#nav-audit").click();
            new Select(browser.find("#filter-category")).selectByVisibleText("Deployment queued");
            new Select(browser.find("#filter-environment")).selectByVisibleText("Dev");
            new Select(browser.find("#filter-project")).selectByVisibleText("Random Quotes");
            browser.find("#apply-filters").click();
            browser.waitUntil(
                    "the filtered log",
                    20,
                    () -> browser.find("#audit-count").getText().startsWith("1 matching"));
            WebElement event = browser.find("#events tbody tr");
            assertThat(event.getAttribute("data-category")).isEqualTo("DeploymentQueued");
            assertThat(event.getText()).contains("Random Quotes", "Dev");
            assertThat(
                            new Select(browser.find("#filter-category"))
                                    .getFirstSelectedOption()
                                    .getText())
                    .as("the form keeps its filters")
                    .isEqualTo("Deployment queued");
            List<String> csv =
                    browser.fetchText(browser.find("#audit-csv").getAttribute("href"))
                            .lines()
                            .toList();
            assertThat(csv).hasSize(2);
            assertThat(csv.get(1)).contains("DeploymentQueued");

            // one user: every event is theirs, and the CSV has all of them, not just a page
            browser.find("#nav-audit").click();
            new Select(browser.find("#filter-user")).selectByVisibleText("ops");
            browser.find("#apply-filters").click();
            browser.waitUntil(
                    "ops's events",
                    20,
                    () -> browser.find("#audit-count").getText().startsWith("32 matching"));
            assertThat(browser.findAll("#events tbody tr"))
                    .allSatisfy(r -> assertThat(r.getText()).contains("ops"));
            String opsCsv = browser.fetchText(browser.find("#audit-csv").getAttribute("href"));
            assertThat(opsCsv.lines().count()).isEqualTo(33);

            // a time range
            browser.open(server.app() + "/" + RandomQuotes.SPACE + "/audit?from=2099-01-01T00:00");
            assertThat(browser.find(".empty").getText()).isEqualTo("No events match.");
            assertThat(browser.find("#from").getAttribute("value")).isEqualTo("2099-01-01T00:00");
            browser.open(server.app() + "/" + RandomQuotes.SPACE + "/audit?to=2000-01-01T00:00");
            assertThat(browser.find(".empty").getText()).isEqualTo("No events match.");
            browser.open(server.app() + "/" + RandomQuotes.SPACE + "/audit?from=yesterday");
            assertThat(browser.find("main").getText())
                    .contains("From must be a date and time such as 2026-01-31T12:00 (UTC).");
        }
    }
}
