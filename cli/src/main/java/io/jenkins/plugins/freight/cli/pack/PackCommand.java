package io.jenkins.plugins.freight.cli.pack;

import io.jenkins.plugins.freight.cli.console.CliContext;
import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.actions.PackAction;
import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.client.actions.PackResult;
import io.jenkins.plugins.freight.client.actions.PackageFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code freight pack}: a directory into {@code <id>.<version>.<zip|tar.gz|nupkg>}. */
@Command(
        name = "pack",
        description = "Packs a directory into <id>.<version>.<zip|tar.gz|nupkg>. Needs no server.")
public final class PackCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Package id")
    String id;

    @Option(
            names = "--version",
            required = true,
            paramLabel = "VERSION",
            description = "Package version")
    String version;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "zip (default), tar.gz or nupkg")
    String format = "zip";

    @Option(
            names = "--base-dir",
            paramLabel = "DIR",
            description = "Directory to pack. Default: the current directory")
    String baseDir = ".";

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description =
                    "Files to include (Ant style, e.g. **/*.js); repeat for several. Default: **")
    List<String> includes = List.of();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Files to leave out; repeatable")
    List<String> excludes = List.of();

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            description = "Where the package is written. Default: the current directory")
    String outDir = ".";

    @Option(names = "--overwrite", description = "Replace an existing package file")
    boolean overwrite;

    @Option(names = "--author", paramLabel = "NAME", description = "nupkg author. Default: Freight")
    String author;

    @Option(names = "--description", paramLabel = "TEXT", description = "nupkg description")
    String description;

    @Override
    public Integer call() {
        CliEnvironment env = CliContext.of(spec);
        PackResult result =
                new PackAction(output.progress())
                        .pack(
                                new PackRequest(
                                        env.path(baseDir),
                                        id,
                                        version,
                                        PackageFormat.parse(format),
                                        includes,
                                        excludes,
                                        env.path(outDir),
                                        overwrite,
                                        author,
                                        description));
        output.result(result, result.file());
        return 0;
    }
}
