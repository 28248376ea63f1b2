package io.jenkins.plugins.freight.cli.demo;

import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code freight demo}: this build does not include the demo, and says so instead of pretending.
 */
@Command(name = "demo", description = "The end-to-end demo (not included in this build).")
public final class DemoCommand implements Callable<Integer> {

    @Mixin HelpOption help;

    @Override
    public Integer call() {
        throw new UsageException(
                "The demo is not included in this build of freight.jar; see docs/cli.md for the"
                        + " commands that are.");
    }
}
