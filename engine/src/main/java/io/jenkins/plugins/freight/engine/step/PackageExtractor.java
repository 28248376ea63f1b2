package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a package into a directory: zip (also {@code .nupkg}, {@code .jar}, {@code .war}),
 * {@code .tar}, {@code .tar.gz}/{@code .tgz} and {@code .tar.bz2}. Entries that would land outside
 * the directory are refused; executable bits are kept. NuGet's own metadata ({@code
 * [Content_Types].xml}, {@code _rels/}, {@code package/}) is left out.
 */
public final class PackageExtractor {

    private PackageExtractor() {}

    /** The archive kinds understood, by file-name suffix. */
    public static boolean isSupported(String fileName) {
        return format(fileName) != null;
    }

    public static void extract(Path archive, Path destination) {
        String name = archive.getFileName().toString();
        String format = format(name);
        if (format == null) {
            throw new InvalidInputException(
                    "Package "
                            + name
                            + " is not a supported archive (zip, nupkg, jar, war, tar, tar.gz,"
                            + " tgz, tar.bz2).");
        }
        try {
            Files.createDirectories(destination);
            if (format.equals("zip")) {
                unzip(archive, destination, name.toLowerCase(Locale.ROOT).endsWith(".nupkg"));
            } else {
                try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
                        InputStream decompressed =
                                switch (format) {
                                    case "gz" -> new GzipCompressorInputStream(raw);
                                    case "bz2" -> new BZip2CompressorInputStream(raw);
                                    default -> raw;
                                };
                        TarArchiveInputStream tar = new TarArchiveInputStream(decompressed)) {
                    untar(tar, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract package " + name + ".", e);
        }
    }

    private static String format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")
                || lower.endsWith(".nupkg")
                || lower.endsWith(".jar")
                || lower.endsWith(".war")) {
            return "zip";
        }
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            return "gz";
        }
        if (lower.endsWith(".tar.bz2") || lower.endsWith(".tbz2")) {
            return "bz2";
        }
        if (lower.endsWith(".tar")) {
            return "tar";
        }
        return null;
    }

    private static void unzip(Path archive, Path destination, boolean nuget) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String entryName = entry.getName().replace('\\', '/');
                if (nuget && isNuGetMetadata(entryName)) {
                    continue;
                }
                Path target = resolve(destination, entryName);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                applyMode(target, entry.getUnixMode());
            }
        }
    }

    private static void untar(TarArchiveInputStream tar, Path destination) throws IOException {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path target = resolve(destination, entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(target);
            } else if (entry.isSymbolicLink()) {
                Path link = target.getParent().resolve(entry.getLinkName()).normalize();
                if (!link.startsWith(destination.normalize())) {
                    throw new InvalidInputException(
                            "Package entry " + entry.getName() + " links outside the package.");
                }
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            } else if (entry.isFile()) {
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                applyMode(target, entry.getMode());
            }
        }
    }

    private static boolean isNuGetMetadata(String name) {
        return name.equals("[Content_Types].xml")
                || name.startsWith("_rels/")
                || name.startsWith("package/services/metadata/");
    }

    private static Path resolve(Path destination, String entryName) {
        Path target = destination.resolve(entryName).normalize();
        if (!target.startsWith(destination.normalize())) {
            throw new InvalidInputException(
                    "Package entry " + entryName + " would be extracted outside the package.");
        }
        return target;
    }

    private static void applyMode(Path file, int mode) throws IOException {
        if ((mode & 0111) == 0) {
            return;
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        perms.add(PosixFilePermission.OWNER_EXECUTE);
        if ((mode & 0010) != 0) {
            perms.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if ((mode & 0001) != 0) {
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(file, perms);
    }
}
