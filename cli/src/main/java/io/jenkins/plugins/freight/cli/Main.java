package io.jenkins.plugins.freight.cli;

import io.jenkins.plugins.freight.cli.await.AwaitCommand;
import io.jenkins.plugins.freight.cli.buildinfo.BuildInfoCommand;
import io.jenkins.plugins.freight.cli.console.CliContext;
import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import io.jenkins.plugins.freight.cli.console.ExitCodes;
import io.jenkins.plugins.freight.cli.demo.DemoCommand;
import io.jenkins.plugins.freight.cli.deploy.DeployCommand;
import io.jenkins.plugins.freight.cli.deploy.PromoteCommand;
import io.jenkins.plugins.freight.cli.pack.PackCommand;
import io.jenkins.plugins.freight.cli.plan.PlanCommand;
import io.jenkins.plugins.freight.cli.push.PushCommand;
import io.jenkins.plugins.freight.cli.release.CreateReleaseCommand;
import io.jenkins.plugins.freight.cli.render.RenderCommand;
import io.jenkins.plugins.freight.cli.server.ServerCommand;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code freight.jar}: the pipeline commands (and, from the server module, the standalone server).
 * Exit codes: 0 success; 1 deployment failed, canceled or timed out; 2 usage error; 3 connection or
 * authentication error.
 */
@Command(
        name = "freight",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Build, push, release and deploy with a Freight or Octopus Deploy server.",
        subcommands = {
            ServerCommand.class,
            PackCommand.class,
            PushCommand.class,
            BuildInfoCommand.class,
            CreateReleaseCommand.class,
            DeployCommand.class,
            PromoteCommand.class,
            AwaitCommand.class,
            PlanCommand.class,
            RenderCommand.class,
            io.jenkins.plugins.freight.cli.apply.ApplyCommand.class,
            DemoCommand.class
        })
public final class Main implements CliContext {

    private final CliEnvironment environment;

    public Main(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public CliEnvironment environment() {
        return environment;
    }

    /** The configured command line; tests set its writers and call {@code execute}. */
    public static CommandLine commandLine(CliEnvironment environment) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new Main(environment))
                .setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(exitCodes)
                .setParameterExceptionHandler(exitCodes)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        CliEnvironment environment =
                new CliEnvironment(
                        System.getenv(), onTerminal(), Path.of("").toAbsolutePath(), System.in);
        System.exit(commandLine(environment).execute(args));
    }

    /**
     * Whether standard input and output are a terminal. Up to Java 21 that is exactly when there is
     * a console; from Java 22 there is always one, and {@code Console.isTerminal()} says.
     */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    /** The version recorded in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"freight " + (version == null ? "(development build)" : version)};
        }
    }
}
