package io.jenkins.plugins.freight.client.actions;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Packs a directory into {@code <id>.<version>.<ext>} (zip, tar.gz or nupkg with a generated
 * nuspec). Needs no server. The package appears atomically: a failed pack leaves no partial file.
 */
public final class PackAction {

    private final ProgressListener listener;

    public PackAction(ProgressListener listener) {
        this.listener = listener;
    }

    public PackResult pack(PackRequest request) {
        PackageNames.requireValidId(request.packageId());
        PackageNames.requireValidVersion(request.version());
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new InvalidActionInputException(
                    "The base directory " + base + " does not exist or is not a directory.");
        }
        Path outputDirectory = request.outputDirectory().toAbsolutePath().normalize();
        Path target = outputDirectory.resolve(request.fileName());
        if (Files.exists(target) && !request.overwrite()) {
            throw new InvalidActionInputException(
                    "The package " + target + " already exists; delete it or ask to overwrite it.");
        }
        List<String> files =
                FileSelection.select(base, request.includes(), request.excludes(), List.of(target));
        if (files.isEmpty()) {
            throw new InvalidActionInputException(
                    "No file under "
                            + base
                            + " matches "
                            + String.join(", ", request.includes())
                            + (request.excludes().isEmpty()
                                    ? ""
                                    : " (excluding " + String.join(", ", request.excludes()) + ")")
                            + ".");
        }
        PackRequest normalized =
                new PackRequest(
                        base,
                        request.packageId(),
                        request.version(),
                        request.format(),
                        request.includes(),
                        request.excludes(),
                        outputDirectory,
                        request.overwrite(),
                        request.authors(),
                        request.description());
        try {
            Files.createDirectories(outputDirectory);
            Path partial = Files.createTempFile(outputDirectory, ".freight-pack-", ".partial");
            try {
                PackageArchive.write(normalized, files, partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            long size = Files.size(target);
            listener.line(
                    ProgressListener.Level.HIGHLIGHT,
                    "Packed " + files.size() + " files into " + target + " (" + size + " bytes)");
            return new PackResult(
                    target.toString(),
                    request.packageId(),
                    request.version(),
                    request.format(),
                    files.size(),
                    size);
        } catch (IOException e) {
            throw new InvalidActionInputException(
                    "Could not write the package " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
