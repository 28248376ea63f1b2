package io.jenkins.plugins.freight.engine.step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds files in an extracted package by Octopus target-file patterns: one path or glob per line
 * (or comma-separated), relative to the package root, e.g. {@code appsettings.json}, {@code
 * config/*.yaml}, {@code **}{@code /*.config}.
 */
final class FileMatcher {

    private FileMatcher() {}

    static List<String> patterns(String spec) {
        List<String> out = new ArrayList<>();
        for (String part : spec.split("[\\r\\n,;]+")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                out.add(trimmed.replace('\\', '/'));
            }
        }
        return out;
    }

    /** Files under {@code root} matching any pattern, in a stable order. */
    static List<Path> find(Path root, List<String> patterns) {
        Set<Path> found = new LinkedHashSet<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String pattern : patterns) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            PathMatcher anyDepth =
                    pattern.startsWith("**/")
                            ? FileSystems.getDefault()
                                    .getPathMatcher("glob:" + pattern.substring(3))
                            : matcher;
            for (Path file : all) {
                Path relative = root.relativize(file);
                if (matcher.matches(relative) || anyDepth.matches(relative)) {
                    found.add(file);
                }
            }
        }
        return List.copyOf(found);
    }
}
