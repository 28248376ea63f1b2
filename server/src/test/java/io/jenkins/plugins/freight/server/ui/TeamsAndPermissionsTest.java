package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Users, teams, roles and Test Permissions in Chromium: an administrator adds a user, puts them in
 * a new team with a role scoped to one environment and one project, sees that in Test Permissions
 * and its CSV, defines and edits a custom role, and deactivates the user; the user, who holds no
 * security permissions, is offered none of these pages and is refused when forcing a change.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TeamsAndPermissionsTest {

    @Test
    void administratorScopesARoleAndSeesItInTestPermissions() {
        try (UiServer server = UiServer.start(DatabaseKind.H2, "/jenkins/freight");
                Browser browser = Browser.start()) {
            RandomQuotes seed = new RandomQuotes(server);
            seed.project("Random Quotes", "echo deploy");
            String space = RandomQuotes.SPACE;
            browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);

            // a user, through the Users page
            browser.find("#nav-users").click();
            browser.find("#username").sendKeys("dana");
            browser.find("#displayName").sendKeys("Dana Tester");
            browser.find("#email").sendKeys("dana@example.org");
            browser.find("#password").sendKeys(UiServer.password("dana"));
            browser.find("#create-user").click();
            browser.waitUntil(
                    "the new user listed",
                    20,
                    () -> !browser.findAll("tr[data-user=dana]").isEmpty());
            User dana = server.engine().identity().getUser(server.admin(), "dana");

            // a team with dana and a role scoped to Test and Random Quotes
            browser.find("#nav-teams").click();
            browser.find("#team-name").sendKeys("Testers");
            browser.find("#create-team").click();
            browser.waitUntil("the team page", 20, () -> !browser.findAll("#add-member").isEmpty());
            new Select(browser.find("#member")).selectByVisibleText("Dana Tester (dana)");
            browser.find("#add-member-button").click();
            browser.waitUntil(
                    "dana is a member",
                    20,
                    () -> browser.find("#members").getText().contains("Dana Tester"));
            new Select(browser.find("#role")).selectByVisibleText("Project Deployer");
            new Select(browser.find("#scope-environments")).selectByVisibleText("Test");
            new Select(browser.find("#scope-projects")).selectByVisibleText("Random Quotes");
            browser.find("#add-role-button").click();
            browser.waitUntil(
                    "the scoped role listed",
                    20,
                    () ->
                            !browser.findAll("#team-roles tr[data-role='Project Deployer']")
                                    .isEmpty());
            WebElement assignment = browser.find("#team-roles tr[data-role='Project Deployer']");
            assertThat(assignment.getText()).contains("This space", "Test", "Random Quotes");

            // Test Permissions shows it, and so does its CSV
            browser.find("#nav-permissions").click();
            new Select(browser.find("#user")).selectByVisibleText("Dana Tester (dana)");
            browser.find("#show-permissions").click();
            browser.waitUntil(
                    "dana's grid", 20, () -> !browser.findAll("#permission-grid").isEmpty());
            assertThat(browser.find("#user-teams").getText()).contains("Testers", "Everyone");
            WebElement row =
                    browser.findAll("#permission-grid tbody tr").stream()
                            .filter(r -> r.getText().startsWith("Testers"))
                            .findFirst()
                            .orElseThrow();
            List<String> cells =
                    row.findElements(By.cssSelector("th, td")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(cells.subList(0, 7))
                    .containsExactly(
                            "Testers",
                            "Project Deployer",
                            "Default",
                            "Test",
                            "Random Quotes",
                            "All",
                            "All");
            assertThat(cells.get(7)).contains("DeploymentCreate");
            browser.screenshot(Screenshots.file("test-permissions.png"));
            String csv = browser.fetchText(browser.find("#permissions-csv").getAttribute("href"));
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Team,Role,Space");
            assertThat(csv).contains("Testers,Project Deployer").contains("Random Quotes");

            // a custom role, created and edited; built-in roles offer no form
            browser.find("#nav-roles").click();
            browser.find("#role-name").sendKeys("Release watcher");
            browser.find("input[name=spacePermissions][value=ReleaseView]").click();
            browser.find("#create-role").click();
            browser.waitUntil("the role page", 20, () -> !browser.findAll("#edit-role").isEmpty());
            browser.find("input[name=spacePermissions][value=ProjectView]").click();
            browser.find("#role-name").clear();
            browser.find("#role-name").sendKeys("Release reader");
            browser.find("#save-role").click();
            browser.waitUntil(
                    "the renamed role",
                    20,
                    () -> browser.find("h1").getText().contains("Release reader"));
            assertThat(browser.find("input[value=ProjectView]").isSelected()).isTrue();
            assertThat(browser.find("input[value=ReleaseView]").isSelected()).isTrue();
            browser.find("#nav-roles").click();
            browser.find("tr[data-role='Project Deployer'] a").click();
            browser.waitUntil(
                    "a built-in role", 20, () -> browser.find("h1").getText().contains("built-in"));
            assertThat(browser.findAll("#edit-role")).isEmpty();
            assertThat(browser.find("#space-permissions").getText()).contains("DeploymentCreate");

            // dana may view users, teams and roles (Project Deployer grants that at system
            // level) but change none of them: no forms are offered, and forcing one is refused
            signOut(browser);
            browser.signIn(server.app(), "dana", UiServer.password("dana"));
            browser.find("#nav-users").click();
            assertThat(browser.findAll("tr[data-user=dana]")).hasSize(1);
            assertThat(browser.findAll("#new-user")).isEmpty();
            assertThat(browser.findAll("tr[data-user=dana] button")).isEmpty();
            browser.find("#nav-teams").click();
            assertThat(browser.findAll("#new-team")).isEmpty();
            browser.find("tr[data-team=Testers] a").click();
            assertThat(browser.findAll("#add-role")).isEmpty();
            assertThat(browser.findAll("#add-member")).isEmpty();
            String csrf = browser.find(".signout input[name=_csrf]").getAttribute("value");
            String refused =
                    browser.postForm(
                            server.appPath() + "/" + space + "/users",
                            "_csrf=" + csrf + "&username=mallory&displayName=Mallory");
            assertThat(refused).startsWith("403").contains("Missing permission UserEdit");
            assertThat(server.engine().identity().listUsers(server.admin(), "mallory")).isEmpty();

            // someone with no roles is offered none of these pages, and sees only themselves
            server.createUserWithoutRoles("outsider", "Out Sider");
            signOut(browser);
            browser.signIn(server.app(), "outsider", UiServer.password("outsider"));
            for (String link : List.of("#nav-users", "#nav-teams", "#nav-roles", "#nav-audit")) {
                assertThat(browser.findAll(link)).as(link).isEmpty();
            }
            browser.open(server.app() + "/" + space + "/permissions");
            assertThat(new Select(browser.find("#user")).getOptions())
                    .extracting(WebElement::getText)
                    .containsExactly("Out Sider (outsider)");

            // the administrator deactivates dana; her session ends with it
            signOut(browser);
            browser.signIn(server.app(), "admin", UiServer.ADMIN_PASSWORD);
            browser.find("#nav-users").click();
            browser.find("tr[data-user=dana] .toggle-active button").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "dana deactivated",
                    20,
                    () ->
                            browser.find("tr[data-user=dana] .status")
                                    .getText()
                                    .equals("Deactivated"));
            assertThat(server.engine().identity().getUser(Caller.system(), dana.id()).active())
                    .isFalse();

            // then deletes her; nobody is offered to delete themselves
            assertThat(browser.findAll("tr[data-user=admin] .delete-user")).isEmpty();
            browser.find("tr[data-user=dana] .delete-user button").click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(
                    "dana deleted", 20, () -> browser.findAll("tr[data-user=dana]").isEmpty());
            assertThat(server.engine().identity().listUsers(Caller.system(), "dana")).isEmpty();
        }
    }

    private static void signOut(Browser browser) {
        browser.find(".signout button").click();
        browser.waitUntil("signed out", 20, () -> !browser.findAll("#sign-in").isEmpty());
    }
}
