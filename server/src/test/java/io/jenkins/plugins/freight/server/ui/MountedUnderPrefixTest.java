package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The UI mounted the way Jenkins mounts it, under {@code /jenkins/freight}: every link and form on
 * every page stays under the prefix and every linked page loads (no error page), styles and scripts
 * included; deploying from the project overview works there too.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MountedUnderPrefixTest {

    static final String PREFIX = "/jenkins/freight";
    static final int MOST_PAGES = 40;

    @Test
    void everyLinkWorksUnderAPrefix() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, PREFIX);
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            Project project = seed.project("Random Quotes", "echo deployed");
            Release release = seed.release(project, "0.0.1");
            Deployment dev = seed.deploy(release, seed.dev);
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    server.engine()
                                                    .tasks()
                                                    .get(Caller.system(), dev.taskId())
                                                    .state()
                                            == TaskState.SUCCESS);

            browser.open(server.origin() + PREFIX + "/");
            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath())
                    .isEqualTo(PREFIX + "/app/login");
            browser.find("#username").sendKeys("admin");
            browser.find("#password").sendKeys(UiServer.ADMIN_PASSWORD);
            browser.find("#sign-in").click();
            browser.waitUntil(
                    "signed in",
                    20,
                    () ->
                            !browser.driver().getCurrentUrl().contains("/login")
                                    && browser.findAll("#sign-in").isEmpty());
            assertThat(browser.find(".topbar").getCssValue("background-color"))
                    .as("the style sheet loads under the prefix")
                    .isEqualTo("rgba(16, 42, 67, 1)");
            assertThat(browser.driver().executeScript("return typeof htmx")).isEqualTo("object");

            Set<String> visited = crawl(browser, server);
            assertThat(visited)
                    .as("pages reached")
                    .contains(
                            PREFIX + "/app/Spaces-1",
                            PREFIX + "/app/Spaces-1/projects/" + project.id(),
                            PREFIX + "/app/Spaces-1/releases/" + release.id(),
                            PREFIX + "/app/Spaces-1/tasks/" + dev.taskId(),
                            PREFIX + "/app/Spaces-1/environments",
                            PREFIX + "/app/Spaces-1/lifecycles",
                            PREFIX + "/app/Spaces-1/interventions");

            browser.open(server.app() + "/Spaces-1/projects/" + project.id());
            WebElement promote =
                    browser.driver()
                            .findElement(By.xpath("//button[normalize-space()='Promote to Test']"));
            promote.click();
            browser.waitUntil(
                    "the new deployment's task page opens under the prefix",
                    30,
                    () ->
                            URI.create(browser.driver().getCurrentUrl())
                                    .getPath()
                                    .startsWith(PREFIX + "/app/Spaces-1/tasks/ServerTasks-"));
            assertThat(browser.find("#task-title").getText())
                    .isEqualTo("Deploy Random Quotes release 0.0.1 to Test");
            browser.waitUntil(
                    "the Test deployment waits for sign-off",
                    60,
                    () -> !browser.findAll(".intervention").isEmpty());
            assertThat(browser.find(".intervention form.take").getDomAttribute("action"))
                    .startsWith(PREFIX + "/app/Spaces-1/interventions/");
            browser.find(".intervention form.take button").click();
            browser.waitUntil(
                    "the taken intervention offers its buttons",
                    30,
                    () -> !browser.findAll(".intervention button[value=Abort]").isEmpty());
            browser.find(".intervention button[value=Abort]").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "the aborted deployment fails",
                    60,
                    () -> "failed".equals(browser.find("#task-live").getAttribute("data-state")));
        }
    }

    /** Follows every link from the dashboard, breadth first; checks links, forms and pages. */
    private static Set<String> crawl(Browser browser, UiServer server) {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(PREFIX + "/app/Spaces-1");
        while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
            String path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            browser.open(server.origin() + path);
            assertThat(browser.findAll(".error-page")).as("error page at %s", path).isEmpty();
            assertThat(browser.driver().getTitle()).as("title of %s", path).endsWith("· Freight");
            for (WebElement form : browser.findAll("form")) {
                assertThat(form.getDomAttribute("action"))
                        .as("form action on %s", path)
                        .startsWith(PREFIX + "/app/");
            }
            for (WebElement link : browser.findAll("a[href]")) {
                String href = link.getDomAttribute("href");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    continue;
                }
                assertThat(href).as("link on %s", path).startsWith(PREFIX + "/app/");
                if (!visited.contains(href)) {
                    queue.add(href);
                }
            }
            for (WebElement asset : browser.findAll("link[href], script[src]")) {
                String ref =
                        asset.getDomAttribute("href") != null
                                ? asset.getDomAttribute("href")
                                : asset.getDomAttribute("src");
                assertThat(ref).as("asset on %s", path).startsWith(PREFIX + "/app/static/");
            }
        }
        return visited;
    }
}
