package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuspecTest {

    @TempDir Path dir;

    static String nuspec(String id, String version) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n"
                + "  <metadata>\n"
                + "    <id>"
                + id
                + "</id>\n"
                + "    <version>"
                + version
                + "</version>\n"
                + "    <title>Acme web site</title>\n"
                + "    <description>The web site.</description>\n"
                + "    <releaseNotes>Fixed the thing.</releaseNotes>\n"
                + "  </metadata>\n"
                + "</package>\n";
    }

    /** Writes a zip holding the given entries (name to text). */
    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void readsIdVersionAndTextsFromRootNuspec() throws IOException {
        Path nupkg =
                zip(
                        dir.resolve("x.nupkg"),
                        Map.of(
                                "content/readme.txt",
                                "hi",
                                "Acme.Web.nuspec",
                                nuspec("Acme.Web", "2.0.0-beta.3")));
        Nuspec nuspec = Nuspec.read(nupkg);
        assertThat(nuspec.id()).isEqualTo("Acme.Web");
        assertThat(nuspec.version()).isEqualTo("2.0.0-beta.3");
        assertThat(nuspec.title()).isEqualTo("Acme web site");
        assertThat(nuspec.description()).isEqualTo("The web site.");
        assertThat(nuspec.releaseNotes()).isEqualTo("Fixed the thing.");
    }

    @Test
    void fileThatIsNotAZipIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("x.nupkg"), "not a zip");
        assertThatThrownBy(() -> Nuspec.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The .nupkg file is not a valid zip archive.");
    }

    @Test
    void nuspecOnlyInASubfolderIsRefused() throws IOException {
        Path nupkg = zip(dir.resolve("x.nupkg"), Map.of("sub/a.nuspec", nuspec("A", "1.0")));
        assertThatThrownBy(() -> Nuspec.read(nupkg))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The .nupkg file has no .nuspec file at its root.");
    }

    @Test
    void nuspecWithoutVersionIsRefused() throws IOException {
        Path nupkg =
                zip(
                        dir.resolve("x.nupkg"),
                        Map.of("a.nuspec", "<package><metadata><id>A</id></metadata></package>"));
        assertThatThrownBy(() -> Nuspec.read(nupkg))
                .hasMessage("The .nuspec inside the .nupkg must give both <id> and <version>.");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret-content");
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \""
                        + secret.toUri()
                        + "\">]><package><metadata><id>A</id><version>1.0</version>"
                        + "<title>&x;</title></metadata></package>";
        Path nupkg = zip(dir.resolve("x.nupkg"), Map.of("a.nuspec", xxe));
        assertThatThrownBy(() -> Nuspec.read(nupkg))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The .nuspec inside the .nupkg is not well-formed XML.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void oversizedNuspecIsRefused() throws IOException {
        String big =
                "<package><metadata><id>A</id><version>1.0</version><description>"
                        + "x".repeat(Nuspec.MAX_NUSPEC_BYTES)
                        + "</description></metadata></package>";
        Path nupkg = zip(dir.resolve("x.nupkg"), Map.of("a.nuspec", big));
        assertThatThrownBy(() -> Nuspec.read(nupkg)).hasMessageContaining("larger than 1 MiB");
    }
}
