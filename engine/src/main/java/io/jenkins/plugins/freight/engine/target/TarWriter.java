package io.jenkins.plugins.freight.engine.target;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Streams files as a tar archive, the way files reach SSH targets ({@code tar -xf -}). */
final class TarWriter {

    private TarWriter() {}

    /** Writes in-memory files, each readable only by its owner. */
    static void writeFiles(Map<String, byte[]> files, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = open(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                entry.setMode(0100600);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
        }
    }

    /** Writes a directory tree (relative names, permissions and symbolic links kept). */
    static void writeTree(Path root, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = open(out)) {
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attrs) throws IOException {
                            if (!dir.equals(root)) {
                                TarArchiveEntry entry = new TarArchiveEntry(name(root, dir) + "/");
                                entry.setMode(040000 | mode(dir));
                                tar.putArchiveEntry(entry);
                                tar.closeArchiveEntry();
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                                throws IOException {
                            if (attrs.isSymbolicLink()) {
                                TarArchiveEntry entry =
                                        new TarArchiveEntry(
                                                name(root, file), TarArchiveEntry.LF_SYMLINK);
                                entry.setLinkName(Files.readSymbolicLink(file).toString());
                                tar.putArchiveEntry(entry);
                                tar.closeArchiveEntry();
                            } else if (attrs.isRegularFile()) {
                                TarArchiveEntry entry = new TarArchiveEntry(name(root, file));
                                entry.setSize(attrs.size());
                                entry.setMode(0100000 | mode(file));
                                tar.putArchiveEntry(entry);
                                Files.copy(file, tar);
                                tar.closeArchiveEntry();
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
    }

    private static TarArchiveOutputStream open(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static String name(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static int mode(Path path) throws IOException {
        Set<PosixFilePermission> perms =
                Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }
}
