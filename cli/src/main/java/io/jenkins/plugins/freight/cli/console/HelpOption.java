package io.jenkins.plugins.freight.cli.console;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} alone: subcommands use {@code --version} for package and release
 * versions, so they cannot take picocli's standard {@code --version}.
 */
public final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;
}
