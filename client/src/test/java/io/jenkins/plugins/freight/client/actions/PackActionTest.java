package io.jenkins.plugins.freight.client.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackActionTest {

    @TempDir Path dir;
    private Path app;
    private Path out;
    private final List<String> lines = new ArrayList<>();
    private PackAction action;

    @BeforeEach
    void files() throws IOException {
        app = dir.resolve("app");
        out = dir.resolve("out");
        write("index.html", "<h1>quotes</h1>");
        write("bin/start.sh", "#!/bin/sh\necho hi\n");
        write("config/app.json", "{\"port\": 8080}");
        write("logs/debug.log", "noise");
        app.resolve("bin/start.sh").toFile().setExecutable(true);
        action = new PackAction(ProgressListener.lines(lines::add));
    }

    private void write(String name, String text) throws IOException {
        Path file = app.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void zipHoldsTheIncludedFilesUnderTheirRelativePaths() throws IOException {
        PackResult result =
                action.pack(
                        new PackRequest(
                                app,
                                "RandomQuotes",
                                "1.0.3",
                                PackageFormat.ZIP,
                                List.of("**"),
                                List.of("logs/"),
                                out,
                                false,
                                null,
                                null));
        assertThat(Path.of(result.file())).isEqualTo(out.resolve("RandomQuotes.1.0.3.zip"));
        assertThat(result.fileCount()).isEqualTo(3);
        assertThat(zipEntries(Path.of(result.file())))
                .containsOnlyKeys("bin/start.sh", "config/app.json", "index.html")
                .containsEntry("config/app.json", "{\"port\": 8080}");
        assertThat(lines).anyMatch(l -> l.startsWith("Packed 3 files into "));
    }

    @Test
    void tarGzKeepsTheExecutableBit() throws IOException {
        PackResult result =
                action.pack(
                        PackRequest.of(app, "RandomQuotes", "1.0.3", PackageFormat.TAR_GZ, out));
        assertThat(result.file()).endsWith("RandomQuotes.1.0.3.tar.gz");
        Map<String, Integer> modes = new TreeMap<>();
        try (InputStream in = Files.newInputStream(Path.of(result.file()));
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                modes.put(entry.getName(), entry.getMode() & 0777);
            }
        }
        assertThat(modes)
                .containsOnlyKeys(
                        "bin/start.sh", "config/app.json", "index.html", "logs/debug.log");
        assertThat(modes.get("bin/start.sh")).isEqualTo(0755);
    }

    @Test
    void nupkgCarriesAGeneratedNuspecWithIdAndVersion() throws IOException {
        PackResult result =
                action.pack(
                        new PackRequest(
                                app,
                                "RandomQuotes",
                                "1.0.3-beta.1",
                                PackageFormat.NUPKG,
                                List.of("*.html", "config/*.json"),
                                List.of(),
                                out,
                                false,
                                "Team <Ops> & Co",
                                null));
        Map<String, String> entries = zipEntries(Path.of(result.file()));
        assertThat(entries)
                .containsKeys(
                        "RandomQuotes.nuspec",
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "index.html",
                        "config/app.json")
                .doesNotContainKey("bin/start.sh");
        assertThat(entries.get("RandomQuotes.nuspec"))
                .contains("<id>RandomQuotes</id>")
                .contains("<version>1.0.3-beta.1</version>")
                .contains("<authors>Team &lt;Ops&gt; &amp; Co</authors>");
        assertThat(result.fileCount()).isEqualTo(2);
    }

    @Test
    void anExistingPackageIsKeptUnlessOverwriteIsAsked() throws IOException {
        action.pack(PackRequest.of(app, "RandomQuotes", "1.0.3", PackageFormat.ZIP, out));
        Path file = out.resolve("RandomQuotes.1.0.3.zip");
        long before = Files.size(file);
        assertThatThrownBy(
                        () ->
                                action.pack(
                                        PackRequest.of(
                                                app,
                                                "RandomQuotes",
                                                "1.0.3",
                                                PackageFormat.ZIP,
                                                out)))
                .isInstanceOf(InvalidActionInputException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.size(file)).isEqualTo(before);
    }

    @Test
    void includePatternsThatMatchNothingAreAnErrorAndWriteNothing() {
        assertThatThrownBy(
                        () ->
                                action.pack(
                                        new PackRequest(
                                                app,
                                                "RandomQuotes",
                                                "1.0.3",
                                                PackageFormat.ZIP,
                                                List.of("**/*.jar"),
                                                List.of(),
                                                out,
                                                false,
                                                null,
                                                null)))
                .isInstanceOf(InvalidActionInputException.class)
                .hasMessageContaining("matches **/*.jar");
        assertThat(out).doesNotExist();
    }

    @Test
    void invalidIdsAndVersionsAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(
                        () ->
                                action.pack(
                                        PackRequest.of(
                                                app, "bad id", "1.0.0", PackageFormat.ZIP, out)))
                .hasMessageContaining("The package id 'bad id' is invalid");
        assertThatThrownBy(
                        () ->
                                action.pack(
                                        PackRequest.of(
                                                app,
                                                "Quotes",
                                                "1.0.0.0.0",
                                                PackageFormat.ZIP,
                                                out)))
                .hasMessageContaining("The version '1.0.0.0.0' is invalid");
        assertThatThrownBy(
                        () ->
                                action.pack(
                                        PackRequest.of(
                                                dir.resolve("missing"),
                                                "Quotes",
                                                "1.0.0",
                                                PackageFormat.ZIP,
                                                out)))
                .hasMessageContaining("does not exist");
        assertThat(out).doesNotExist();
    }

    @Test
    void thePackageIsNotPackedIntoItselfWhenWrittenInsideTheBaseDirectory() throws IOException {
        PackResult first =
                action.pack(PackRequest.of(app, "Quotes", "1.0.0", PackageFormat.ZIP, app));
        PackResult again =
                action.pack(
                        new PackRequest(
                                app,
                                "Quotes",
                                "1.0.0",
                                PackageFormat.ZIP,
                                null,
                                null,
                                app,
                                true,
                                null,
                                null));
        assertThat(zipEntries(Path.of(again.file()))).doesNotContainKey("Quotes.1.0.0.zip");
        assertThat(again.fileCount()).isEqualTo(first.fileCount());
    }

    private static Map<String, String> zipEntries(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(
                            entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }
}
