package io.jenkins.plugins.freight.client.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The regular files below a directory that match include patterns and no exclude pattern. */
final class FileSelection {

    private FileSelection() {}

    /** Relative paths ({@code /}-separated), sorted, so archives come out the same every time. */
    static List<String> select(
            Path baseDirectory, List<String> includes, List<String> excludes, List<Path> skip) {
        List<GlobPattern> in = includes.stream().map(GlobPattern::compile).toList();
        List<GlobPattern> out = excludes.stream().map(GlobPattern::compile).toList();
        try (Stream<Path> walk = Files.walk(baseDirectory)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(
                            p ->
                                    skip.stream()
                                            .noneMatch(
                                                    s -> s.equals(p.toAbsolutePath().normalize())))
                    .map(p -> baseDirectory.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> in.stream().anyMatch(g -> g.matches(rel)))
                    .filter(rel -> out.stream().noneMatch(g -> g.matches(rel)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidActionInputException(
                    "Cannot read the directory " + baseDirectory + ": " + e.getMessage(), e);
        }
    }
}
