package io.jenkins.plugins.freight.cli.demo;

import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.server.HostSettings;
import io.jenkins.plugins.freight.cli.server.StandaloneServer;
import io.jenkins.plugins.freight.engine.EngineSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code freight demo}: the Random Quotes tutorial on an embedded server. Starts a server on
 * loopback, sets up the space over the REST API, packs, pushes and releases the sample app, deploys
 * it to Dev and to Test (signing off as the administrator), then stays running until Ctrl-C, or
 * exits at once with {@code --exit}. Exit codes: 0 both deployments succeeded, 1 otherwise.
 */
@Command(
        name = "demo",
        description =
                "Runs the Random Quotes tutorial on an embedded server: Dev, Test and Prod, a"
                        + " release of a tiny app, deployments to Dev and Test with sign-off.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin HelpOption help;

    @Spec CommandSpec spec;

    @Option(names = "--port", description = "Port of the server (default: any free port)")
    int port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The server's data directory (default: a new temporary directory)")
    Path dataDir;

    @Option(names = "--exit", description = "Stop the apps and the server when done")
    boolean exit;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description =
                    "text (default) or json: progress on standard error, then the server's address,"
                            + " the API key and the outcome as JSON on standard output")
    OutputOptions.Format format = OutputOptions.Format.text;

    /** What {@code --output json} prints when the automatic part is done. */
    record Outcome(String webUrl, String apiKey, String dataDirectory, boolean succeeded) {}

    @Override
    public Integer call() throws Exception {
        boolean json = format == OutputOptions.Format.json;
        PrintWriter result = spec.commandLine().getOut();
        PrintWriter out = json ? spec.commandLine().getErr() : result;
        Path work = Files.createTempDirectory("freight-demo-");
        Path data = dataDir != null ? dataDir : work.resolve("data");
        DemoApps apps = new DemoApps(work.resolve("apps"));
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String apiKey = "API-" + HexFormat.of().withUpperCase().formatHex(secret);
        StandaloneServer server =
                StandaloneServer.start(
                        EngineSettings.defaults(data),
                        new HostSettings("127.0.0.1", port, "/", null, Duration.ofSeconds(2)),
                        apiKey);
        String url = "http://127.0.0.1:" + server.port();
        Thread cleanup = new Thread(() -> stop(apps, server), "freight-demo-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean succeeded;
        try {
            out.println("Freight demo server: " + url + "/app/");
            out.println("Administrator API key: " + apiKey);
            out.println("Data directory: " + data.toAbsolutePath());
            out.flush();
            succeeded = new DemoRun(url, apiKey, apps, work, out).run();
        } catch (Exception | Error e) {
            removeHook(cleanup);
            stop(apps, server);
            throw e;
        }
        if (json) {
            result.println(
                    OutputOptions.toJson(
                            new Outcome(
                                    url + "/app/",
                                    apiKey,
                                    data.toAbsolutePath().toString(),
                                    succeeded)));
            result.flush();
        }
        if (exit) {
            removeHook(cleanup);
            stop(apps, server);
            out.println("Demo finished; the apps and the server are stopped.");
            out.flush();
        } else {
            out.println("The server keeps running at " + url + "/app/ ; press Ctrl-C to stop it.");
            out.flush();
            new CountDownLatch(1).await();
        }
        return succeeded ? 0 : 1;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    private static void stop(DemoApps apps, StandaloneServer server) {
        try {
            apps.stopAll();
        } finally {
            try {
                server.close();
            } catch (Exception slowToStop) {
                // Jetty's grace period ran out; the engine is closed all the same
            }
        }
    }
}
