package io.jenkins.plugins.freight.client.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands file paths and patterns into files. Every pattern must match at least one file: one that
 * matches nothing is an error naming it, reported before anything is uploaded.
 */
final class PackageFiles {

    private PackageFiles() {}

    static List<Path> expand(Path baseDirectory, List<String> patterns) {
        if (patterns.isEmpty()) {
            throw new InvalidActionInputException("No package file or pattern was given.");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<Path> matched = expandOne(baseDirectory, pattern.trim());
            if (matched.isEmpty()) {
                throw new InvalidActionInputException(
                        "The pattern '"
                                + pattern
                                + "' matches no file in "
                                + baseDirectory.toAbsolutePath().normalize()
                                + ".");
            }
            files.addAll(matched);
        }
        return List.copyOf(files);
    }

    private static List<Path> expandOne(Path baseDirectory, String pattern) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        String slashed = pattern.replace('\\', '/');
        if (!GlobPattern.isGlob(slashed)) {
            Path file = baseDirectory.resolve(pattern).toAbsolutePath().normalize();
            return Files.isRegularFile(file) ? List.of(file) : List.of();
        }
        List<String> segments = List.of(slashed.split("/", -1));
        int firstWild = 0;
        while (!GlobPattern.isGlob(segments.get(firstWild))) {
            firstWild++;
        }
        String fixed = String.join("/", segments.subList(0, firstWild));
        String rest = String.join("/", segments.subList(firstWild, segments.size()));
        Path root =
                (fixed.isEmpty() && slashed.startsWith("/")
                                ? Path.of("/")
                                : baseDirectory.resolve(fixed.isEmpty() ? "." : fixed))
                        .toAbsolutePath()
                        .normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        GlobPattern glob = GlobPattern.compile(rest);
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> matched = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> glob.matches(root.relativize(p).toString()))
                    .sorted()
                    .forEach(matched::add);
            return matched;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidActionInputException(
                    "Cannot read the directory " + root + ": " + e.getMessage(), e);
        }
    }
}
