package io.jenkins.plugins.freight.engine.step;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds real package archives from a directory, for tests. */
final class TestPackages {

    private TestPackages() {}

    static Path zip(Path contentRoot, Path archive) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive)) {
            for (Path file : files(contentRoot)) {
                ZipArchiveEntry entry =
                        new ZipArchiveEntry(contentRoot.relativize(file).toString());
                entry.setUnixMode(Files.isExecutable(file) ? 0100755 : 0100644);
                zip.putArchiveEntry(entry);
                Files.copy(file, zip);
                zip.closeArchiveEntry();
            }
        }
        return archive;
    }

    static Path tarGz(Path contentRoot, Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive);
                GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            for (Path file : files(contentRoot)) {
                TarArchiveEntry entry =
                        new TarArchiveEntry(contentRoot.relativize(file).toString());
                entry.setSize(Files.size(file));
                entry.setMode(Files.isExecutable(file) ? 0100755 : 0100644);
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
        }
        return archive;
    }

    /** A tar.gz whose single entry tries to escape the extraction directory. */
    static Path escapingTarGz(Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive);
                GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            byte[] data = "owned".getBytes();
            TarArchiveEntry entry = new TarArchiveEntry("../../escaped.txt", true);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return archive;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
