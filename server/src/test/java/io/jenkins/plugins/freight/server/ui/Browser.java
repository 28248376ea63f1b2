package io.jenkins.plugins.freight.server.ui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one), with a
 * fresh profile. Missing Chromium fails the test with what to install: CI installs it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail(
                    "The web UI tests need headless Chromium at "
                            + CHROMIUM
                            + " and its driver at "
                            + CHROMEDRIVER
                            + ": install Debian's packages with"
                            + " 'apt-get install -y chromium chromium-driver' (.ci/run does).");
        }
        try {
            Path profile = Files.createTempDirectory("freight-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,860");
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (at most {@code seconds}) until the condition holds; fails with {@code what}. */
    void waitUntil(String what, int seconds, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .withMessage(what)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Signs in through the form. */
    void signIn(String appUrl, String username, String password) {
        open(appUrl + "/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        // The click only starts the form's navigation: wait until the app's page replaced the form.
        waitUntil(
                "signed in as " + username,
                20,
                () -> !driver.getCurrentUrl().contains("/login") && findAll("#sign-in").isEmpty());
    }

    /** The body of a GET made by the page (with its cookies), e.g. a CSV download. */
    String fetchText(String url) {
        return (String)
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done,"
                                + " e => done('failed: ' + e));",
                        url);
    }

    /**
     * A form POST made by the page (with its cookies), as "STATUS body": for forcing an action the
     * page does not offer.
     */
    String postForm(String path, String body) {
        return (String)
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {method: 'POST', headers: {'Content-Type':"
                                + " 'application/x-www-form-urlencoded'}, body: arguments[1]})"
                                + ".then(r => r.text().then(t => done(r.status + ' ' + t)),"
                                + " e => done('failed: ' + e));",
                        path,
                        body);
    }

    /** A PNG of the window, written to {@code file}. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory; the OS cleans it eventually
            }
        }
    }
}
