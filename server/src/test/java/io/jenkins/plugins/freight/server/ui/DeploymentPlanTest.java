package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.PlanState;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Deployment plans in Chromium (seed 002): a lead creates a plan, adds items, is told when someone
 * else changed the plan meanwhile, validates it (each item's problem shown), executes it and
 * watches every item finish with links to its task; a plan that is aborted is retried as a new
 * draft.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeploymentPlanTest {

    @Test
    void createValidateExecuteAndRetry() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "/jenkins/freight");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Project quotes = seed.project("Random Quotes", "echo 'Deploying Random Quotes'");
            Project admin = seed.project("Quote Admin", "echo 'Deploying Quote Admin'");
            Project slow = seed.project("Slow Import", "sleep 60");
            seed.release(quotes, "1.0.0");
            seed.release(admin, "2.1.0");
            seed.release(slow, "0.3.0");
            browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);

            // a plan to Prod: validation explains why its item cannot go there yet
            createPlan(browser, "Prod push", "Prod");
            addItem(browser, "Random Quotes", "1.0.0", "");
            browser.find("#validate-plan").click();
            browser.waitUntil("validation", 20, () -> !browser.findAll("#validation").isEmpty());
            assertThat(browser.find("#validation").getText()).contains("cannot be deployed");
            assertThat(itemRow(browser, "Random Quotes").findElements(By.cssSelector(".problem")))
                    .isNotEmpty();
            assertThat(browser.findAll("#execute-plan")).hasSize(1);

            // the Friday release to Dev
            createPlan(browser, "Friday release", "Dev");
            addItem(browser, "Random Quotes", "1.0.0", "Quotes first");
            addItem(browser, "Quote Admin", "2.1.0", "Then the admin site");
            DeploymentPlan plan = planNamed(server, "Friday release");

            // another lead edits the first item's notes while this page is open
            server.engine()
                    .plans()
                    .editing()
                    .editNotes(
                            server.admin(),
                            RandomQuotes.SPACE,
                            plan.id(),
                            plan.version(),
                            plan.items().get(0).id(),
                            "Quotes first, after the database backup");
            WebElement notes = itemRow(browser, "Random Quotes").findElement(By.name("notes"));
            notes.clear();
            notes.sendKeys("Quotes first, please");
            itemRow(browser, "Random Quotes").findElement(By.cssSelector("button")).click();
            browser.waitUntil(
                    "the conflict", 20, () -> !browser.findAll("#plan-conflict").isEmpty());
            assertThat(browser.find("#plan-conflict").getText())
                    .contains("was changed by admin")
                    .contains("Nothing was saved")
                    .contains("Quotes first, please");
            assertThat(itemRow(browser, "Random Quotes").findElement(By.name("notes")).getText())
                    .isEqualTo("Quotes first, after the database backup");

            browser.find("#validate-plan").click();
            browser.waitUntil("validation", 20, () -> !browser.findAll("#validation").isEmpty());
            assertThat(browser.find("#validation").getText()).contains("you may execute");
            assertThat(browser.findAll("#plan-items .ok")).hasSize(2);

            browser.find("#execute-plan button").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "the plan finishes",
                    120,
                    () -> browser.find("#plan-state").getText().equals("succeeded"));
            for (String project : List.of("Random Quotes", "Quote Admin")) {
                WebElement row = itemRow(browser, project);
                assertThat(row.getAttribute("data-state")).isEqualTo("succeeded");
                assertThat(row.findElement(By.cssSelector(".task-link")).getAttribute("href"))
                        .contains("/app/" + RandomQuotes.SPACE + "/tasks/ServerTasks-");
            }
            assertThat(browser.findAll("#execute-plan")).isEmpty();
            assertThat(browser.findAll("#add-item")).isEmpty();
            browser.screenshot(Screenshots.file("deployment-plan.png"));
            itemRow(browser, "Quote Admin").findElement(By.cssSelector(".task-link")).click();
            browser.waitUntil(
                    "the item's task page",
                    20,
                    () -> browser.find("#task-live").getAttribute("data-state").equals("success"));

            // a slow plan, aborted while it runs, then retried as a new draft
            createPlan(browser, "Slow import", "Dev");
            addItem(browser, "Slow Import", "0.3.0", "Takes a while");
            addItem(browser, "Random Quotes", "1.0.0", "");
            browser.find("#execute-plan button").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "the first item deploying",
                    30,
                    () ->
                            itemRow(browser, "Slow Import")
                                    .getAttribute("data-state")
                                    .equals("deploying"));
            browser.find("#abort-plan button").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "the plan aborted",
                    60,
                    () -> browser.find("#plan-state").getText().equals("aborted"));
            assertThat(itemRow(browser, "Random Quotes").getAttribute("data-state"))
                    .isEqualTo("skipped");
            browser.find("#retry-plan button").click();
            browser.waitUntil(
                    "the new draft",
                    20,
                    () -> browser.find("#plan-state").getText().equals("draft"));
            assertThat(browser.findAll("#plan-items tbody tr"))
                    .extracting(r -> r.getAttribute("data-item"))
                    .containsExactly("Slow Import", "Random Quotes");
            assertThat(browser.findAll("#add-item")).hasSize(1);
            assertThat(
                            server
                                    .engine()
                                    .plans()
                                    .editing()
                                    .list(server.admin(), RandomQuotes.SPACE)
                                    .stream()
                                    .filter(p -> p.state() == PlanState.DRAFT)
                                    .map(DeploymentPlan::retriedFromPlanId)
                                    .filter(id -> id != null)
                                    .count())
                    .isEqualTo(1);
        }
    }

    private static void createPlan(Browser browser, String name, String environment) {
        browser.find("#nav-plans").click();
        browser.find("#plan-name").sendKeys(name);
        new Select(browser.find("#plan-environment")).selectByVisibleText(environment);
        browser.find("#create-plan").click();
        browser.waitUntil(
                "the plan page of " + name, 20, () -> browser.find("h1").getText().equals(name));
    }

    private static void addItem(Browser browser, String project, String release, String notes) {
        new Select(browser.find("#item-project")).selectByVisibleText(project);
        browser.find("#item-release").sendKeys(release);
        browser.find("#item-notes").sendKeys(notes);
        browser.find("#add-item-button").click();
        browser.waitUntil(
                project + " added", 20, () -> !browser.findAll(itemCss(project)).isEmpty());
    }

    private static WebElement itemRow(Browser browser, String project) {
        return browser.find(itemCss(project));
    }

    private static String itemCss(String project) {
        return "#plan-items tr[data-item='" + project + "']";
    }

    private static DeploymentPlan planNamed(UiServer server, String name) {
        return server.engine().plans().editing().list(server.admin(), RandomQuotes.SPACE).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
