package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.plugin.Messages;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code freightPack}: packs workspace files into {@code <id>.<version>.<zip|tar.gz|nupkg>}, on the
 * machine that holds the workspace.
 *
 * @param sourcePath directory to pack, relative to the workspace (default: the workspace)
 * @param includes patterns, one per line (default {@code **})
 * @param excludes patterns to leave out, one per line
 * @param outputPath where the package is written, relative to the workspace (default: the
 *     workspace)
 */
public record PackOperation(
        String packageId,
        String version,
        String format,
        String sourcePath,
        String includes,
        String excludes,
        String outputPath,
        boolean overwrite)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_Pack();
    }

    @Override
    public boolean requiresServer() {
        return false;
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws IOException, InterruptedException {
        PackRequest request =
                new PackRequest(
                        Path.of(blankToDot(sourcePath)),
                        StepInputs.required(packageId, "packageId"),
                        StepInputs.required(version, "version"),
                        StepInputs.format(format),
                        StepInputs.lines(includes),
                        StepInputs.lines(excludes),
                        Path.of(blankToDot(outputPath)),
                        overwrite,
                        null,
                        null);
        return ResultMaps.pack(env.workspace().pack(request));
    }

    private static String blankToDot(String path) {
        return path == null || path.isBlank() ? "." : path.strip();
    }
}
