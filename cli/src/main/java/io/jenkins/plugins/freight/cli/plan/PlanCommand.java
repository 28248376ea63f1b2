package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code freight plan}: deployment plans, prepared by some and executed by others. */
@Command(
        name = "plan",
        description =
                "Deployment plans: list, create, add items, validate, execute (and follow), abort,"
                        + " retry.",
        subcommands = {
            PlanListCommand.class,
            PlanCreateCommand.class,
            PlanAddItemCommand.class,
            PlanValidateCommand.class,
            PlanExecuteCommand.class,
            PlanAbortCommand.class,
            PlanRetryCommand.class
        })
public final class PlanCommand implements Runnable {

    @Mixin HelpOption help;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: say which there are. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "Name a subcommand: list, create, add-item, validate, execute, abort or retry.");
    }
}
