package io.jenkins.plugins.freight.cli.push;

import io.jenkins.plugins.freight.cli.console.CliContext;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.PushAction;
import io.jenkins.plugins.freight.client.actions.PushRequest;
import io.jenkins.plugins.freight.client.actions.PushResult;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code freight push}: package files to the built-in feed. */
@Command(name = "push", description = "Pushes package files to the server's built-in feed.")
public final class PushCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "Package files or Ant-style patterns (quote them: 'build/*.zip'); each must match")
    List<String> packages;

    @Option(
            names = {"--package"},
            paramLabel = "FILE",
            hidden = true,
            description = "Same as a FILE argument (Octopus CLI spelling)")
    List<String> packageOptions = List.of();

    @Option(
            names = "--overwrite-mode",
            paramLabel = "MODE",
            description = "FailIfExists (default), OverwriteExisting or IgnoreIfExists")
    String overwriteMode = "FailIfExists";

    @Override
    public Integer call() {
        List<String> all = new java.util.ArrayList<>(packages == null ? List.of() : packages);
        all.addAll(packageOptions);
        try (FreightClient client = connection.client()) {
            PushResult result =
                    new PushAction(client, output.progress())
                            .push(
                                    new PushRequest(
                                            CliContext.of(spec).workingDirectory(),
                                            all,
                                            OverwriteMode.parse(overwriteMode)));
            output.result(
                    result,
                    result.packages().stream()
                            .map(
                                    p ->
                                            p.packageId()
                                                    + " "
                                                    + p.version()
                                                    + (p.created() ? " pushed" : " already there"))
                            .toArray(String[]::new));
        }
        return 0;
    }
}
