package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.GlobPattern;
import io.jenkins.plugins.freight.plugin.Messages;
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
 * Expands package paths and patterns inside a directory, where the files are (the agent): a plain
 * path names one file; a pattern ({@code *}, {@code ?}, {@code **}) is matched below its fixed
 * leading directories. A path or pattern that matches nothing is an error naming it.
 */
public final class WorkspaceFiles {

    private WorkspaceFiles() {}

    /** Absolute paths of the matching regular files, in pattern order, each once. */
    public static List<String> expand(Path root, List<String> patterns) {
        Set<String> files = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<String> matched = expandOne(root, pattern.strip());
            if (matched.isEmpty()) {
                throw new InvalidStepInputException(
                        Messages.Step_PatternMatchesNothing(pattern.strip()));
            }
            files.addAll(matched);
        }
        return List.copyOf(files);
    }

    private static List<String> expandOne(Path root, String pattern) {
        String slashed = pattern.replace('\\', '/');
        if (!GlobPattern.isGlob(slashed)) {
            Path file = root.resolve(pattern).toAbsolutePath().normalize();
            return Files.isRegularFile(file) ? List.of(file.toString()) : List.of();
        }
        String[] segments = slashed.split("/", -1);
        int firstWild = 0;
        while (!GlobPattern.isGlob(segments[firstWild])) {
            firstWild++;
        }
        String fixed = String.join("/", List.of(segments).subList(0, firstWild));
        String rest = String.join("/", List.of(segments).subList(firstWild, segments.length));
        Path base = (fixed.isEmpty() ? root : root.resolve(fixed)).toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        GlobPattern glob = GlobPattern.compile(rest);
        try (Stream<Path> walk = Files.walk(base)) {
            List<String> matched = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> glob.matches(base.relativize(p).toString()))
                    .sorted()
                    .forEach(p -> matched.add(p.toString()));
            return matched;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidStepInputException(
                    Messages.Step_CannotReadDirectory(base, e.getClass().getSimpleName()));
        }
    }
}
