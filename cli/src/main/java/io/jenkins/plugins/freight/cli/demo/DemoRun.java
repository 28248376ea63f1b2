package io.jenkins.plugins.freight.cli.demo;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.AwaitOptions;
import io.jenkins.plugins.freight.client.actions.CreateReleaseAction;
import io.jenkins.plugins.freight.client.actions.CreateReleaseRequest;
import io.jenkins.plugins.freight.client.actions.CreateReleaseResult;
import io.jenkins.plugins.freight.client.actions.DeployAction;
import io.jenkins.plugins.freight.client.actions.DeployRequest;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.DeploymentOptions;
import io.jenkins.plugins.freight.client.actions.PackAction;
import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.client.actions.PackResult;
import io.jenkins.plugins.freight.client.actions.PackageFormat;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.client.actions.PushAction;
import io.jenkins.plugins.freight.client.actions.PushRequest;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The demo's automatic part against a running server; answers whether everything succeeded. */
final class DemoRun {

    static final String VERSION = "1.0.0";

    private final String url;
    private final String apiKey;
    private final DemoApps apps;
    private final Path work;
    private final PrintWriter out;
    private final List<String> summary = new ArrayList<>();

    DemoRun(String url, String apiKey, DemoApps apps, Path work, PrintWriter out) {
        this.url = url;
        this.apiKey = apiKey;
        this.apps = apps;
        this.work = work;
        this.out = out;
    }

    boolean run() throws IOException, InterruptedException {
        int devPort = apps.freePort();
        int testPort = apps.freePort();
        ProgressListener progress = new Printer(out);
        try (FreightClient client = FreightClient.create(ConnectionSettings.of(url, apiKey))) {
            DemoSpace.create(client, devPort, testPort, apps);
            say(
                    "Applied the tutorial's setup (the bundled random-quotes.yaml, see"
                            + " docs/configuration-as-code.md): Dev, Test and Prod, the lifecycle"
                            + " \"Dev, Test, and Prod\" (Dev optional), the tutorial's users and teams"
                            + " and the project \"Random Quotes\" (port "
                            + devPort
                            + " in Dev, "
                            + testPort
                            + " in Test).");
            say(
                    "E-mail step: no SMTP server configured, skipped (its run condition is the"
                            + " variable "
                            + DemoSpace.SEND_EMAIL
                            + " = False).");
            Path sources = work.resolve("random-quotes");
            DemoApps.copySources(sources);
            PackResult pack =
                    new PackAction(progress)
                            .pack(
                                    PackRequest.of(
                                            sources,
                                            DemoSpace.PACKAGE_ID,
                                            VERSION,
                                            PackageFormat.ZIP,
                                            work.resolve("packages")));
            say("Packed " + pack.file() + " (" + pack.fileCount() + " files).");
            new PushAction(client, progress)
                    .push(
                            new PushRequest(
                                    work.resolve("packages"),
                                    List.of(pack.file()),
                                    OverwriteMode.FAIL_IF_EXISTS));
            CreateReleaseResult release =
                    new CreateReleaseAction(client, progress)
                            .create(CreateReleaseRequest.of(DemoSpace.PROJECT, VERSION));
            summary.add("Release " + release.releaseVersion() + ": " + release.webUrl());
            boolean dev = deploy(client, progress, "Dev");
            if (dev) {
                say("Random Quotes answers on its Dev port: " + DemoApps.answer(devPort));
            }
            Thread signOff =
                    new Thread(
                            new DemoSignOff(client, out, Duration.ofMinutes(2)),
                            "freight-demo-signoff");
            signOff.setDaemon(true);
            signOff.start();
            boolean test = dev && deploy(client, progress, "Test");
            signOff.interrupt();
            if (test) {
                say("Random Quotes answers on its Test port: " + DemoApps.answer(testPort));
            }
            say("Summary:");
            summary.forEach(line -> say("  " + line));
            return dev && test;
        }
    }

    private boolean deploy(FreightClient client, ProgressListener progress, String environment)
            throws InterruptedException {
        say("Deploying " + VERSION + " to " + environment + "...");
        try {
            DeployResult result =
                    new DeployAction(client, progress)
                            .deploy(
                                    new DeployRequest(
                                            DemoSpace.PROJECT,
                                            VERSION,
                                            null,
                                            DeploymentOptions.to(List.of(environment))
                                                    .withAwait(
                                                            AwaitOptions.defaults()
                                                                    .withTimeout(
                                                                            Duration.ofMinutes(2),
                                                                            true))));
            result.deployments()
                    .forEach(
                            d ->
                                    summary.add(
                                            "Deployment to "
                                                    + d.label()
                                                    + ": "
                                                    + d.state()
                                                    + ", "
                                                    + d.webUrl()));
            return result.deployments().stream()
                    .allMatch(d -> d.state() != null && d.state().isSuccessful());
        } catch (DeploymentFailedException e) {
            say("Deployment to " + environment + " failed: " + e.getMessage());
            summary.add("Deployment to " + environment + ": failed");
            return false;
        }
    }

    private void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    /** Prints the client actions' lines, live deployment log included. */
    private record Printer(PrintWriter out) implements ProgressListener {
        @Override
        public void line(Level level, String text) {
            synchronized (out) {
                out.println(level == Level.INFO ? "  " + text : text);
                out.flush();
            }
        }
    }
}
