package io.jenkins.plugins.freight.client.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Writes selected files into a zip, tar.gz or nupkg, streaming each file from disk. */
final class PackageArchive {

    private PackageArchive() {}

    static void write(PackRequest request, List<String> files, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            switch (request.format()) {
                case ZIP -> writeZip(request, files, out, false);
                case NUPKG -> writeZip(request, files, out, true);
                case TAR_GZ -> writeTarGz(request, files, out);
            }
        }
    }

    private static void writeZip(
            PackRequest request, List<String> files, OutputStream out, boolean nuget)
            throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding(StandardCharsets.UTF_8.name());
            if (nuget) {
                addText(zip, request.packageId() + ".nuspec", NuSpec.nuspec(request));
                addText(zip, "_rels/.rels", NuSpec.relationships(request.packageId()));
                addText(zip, "[Content_Types].xml", NuSpec.contentTypes(extensions(files)));
            }
            for (String name : files) {
                Path file = request.baseDirectory().resolve(name);
                ZipArchiveEntry entry = new ZipArchiveEntry(file, name);
                entry.setLastModifiedTime(Files.getLastModifiedTime(file));
                copy(zip, entry, file);
            }
        }
    }

    private static void writeTarGz(PackRequest request, List<String> files, OutputStream out)
            throws IOException {
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (String name : files) {
                Path file = request.baseDirectory().resolve(name);
                TarArchiveEntry entry = new TarArchiveEntry(file, name);
                if (Files.isExecutable(file)) {
                    entry.setMode(0100755);
                }
                copy(tar, entry, file);
            }
        }
    }

    private static <E extends ArchiveEntry> void copy(
            ArchiveOutputStream<E> archive, E entry, Path file) throws IOException {
        archive.putArchiveEntry(entry);
        Files.copy(file, archive);
        archive.closeArchiveEntry();
    }

    private static void addText(ZipArchiveOutputStream zip, String name, String text)
            throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setLastModifiedTime(FileTime.fromMillis(System.currentTimeMillis()));
        zip.putArchiveEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    private static TreeSet<String> extensions(List<String> files) {
        TreeSet<String> extensions = new TreeSet<>();
        for (String name : files) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            if (dot > 0 && dot < base.length() - 1) {
                extensions.add(base.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
        }
        return extensions;
    }
}
