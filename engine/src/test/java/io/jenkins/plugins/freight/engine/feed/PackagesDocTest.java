package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every example table in docs/packages.md holds for the real parsers. */
class PackagesDocTest {

    private static List<String> lines;

    @BeforeAll
    static void readDoc() throws IOException {
        lines = Files.readAllLines(Path.of("..", "docs", "packages.md"));
    }

    /** The body rows of the table whose header starts with the given text, as cells. */
    private static List<List<String>> table(String headerStart) {
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        while (!lines.get(i).startsWith(headerStart)) {
            i++;
        }
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = new ArrayList<>();
            for (String cell : lines.get(i).split("\\|")) {
                cells.add(cell.strip());
            }
            rows.add(cells.subList(1, cells.size()));
        }
        assertThat(rows).as(headerStart).isNotEmpty();
        return rows;
    }

    /** The code spans of a cell: "`a`, `b`" gives [a, b]. */
    private static List<String> code(String cell) {
        List<String> spans = new ArrayList<>();
        String[] parts = cell.split("`");
        for (int i = 1; i < parts.length; i += 2) {
            spans.add(parts[i]);
        }
        return spans;
    }

    @Test
    void fileNameTableMatchesTheParser() {
        for (List<String> row : table("| file name |")) {
            PackageFileName name = PackageFileName.parse(code(row.get(0)).get(0));
            assertThat(name.packageId()).isEqualTo(code(row.get(1)).get(0));
            assertThat(name.version().originalText()).isEqualTo(code(row.get(2)).get(0));
            assertThat(name.extension()).isEqualTo(code(row.get(3)).get(0));
        }
    }

    @Test
    void idExamplesInTheRulesHold() {
        assertThat(PackageFileName.parse("Acme.2.Web.1.0.0.zip").packageId())
                .isEqualTo("Acme.2.Web");
        PackageFileName tools = PackageFileName.parse("Tools.2.1.0.0.zip");
        assertThat(tools.packageId()).isEqualTo("Tools");
        assertThat(tools.version().originalText()).isEqualTo("2.1.0.0");
    }

    @Test
    void equalVersionsTableHolds() {
        for (List<String> row : table("| these are equal |")) {
            assertThat(OctopusVersion.parse(code(row.get(0)).get(0)))
                    .isEqualTo(OctopusVersion.parse(code(row.get(1)).get(0)));
        }
    }

    @Test
    void olderNewerTableHolds() {
        for (List<String> row : table("| older | newer |")) {
            assertThat(OctopusVersion.parse(code(row.get(0)).get(0)))
                    .isLessThan(OctopusVersion.parse(code(row.get(1)).get(0)));
        }
    }

    @Test
    void rangeTableHolds() {
        for (List<String> row : table("| range |")) {
            VersionRange range = VersionRange.parse(code(row.get(0)).get(0));
            for (String v : code(row.get(2))) {
                assertThat(range.contains(OctopusVersion.parse(v))).as(range + " ∋ " + v).isTrue();
            }
            for (String v : code(row.get(3))) {
                assertThat(range.contains(OctopusVersion.parse(v))).as(range + " ∌ " + v).isFalse();
            }
        }
    }

    @Test
    void preReleasePatternExamplesHold() {
        PackageVersion stable = version("1.0.0");
        PackageVersion withMetadata = version("1.0.0+build.5");
        PackageVersion beta = version("1.0.0-beta.2");
        assertThat(PreReleasePattern.matcher("^$")).accepts(stable).rejects(withMetadata, beta);
        assertThat(PreReleasePattern.matcher("^(|\\+.*)$"))
                .accepts(stable, withMetadata)
                .rejects(beta);
        assertThat(PreReleasePattern.matcher("beta")).accepts(beta).rejects(stable);
    }

    private static PackageVersion version(String text) {
        return new PackageVersion(
                "Spaces-1",
                "Acme",
                OctopusVersion.parse(text),
                ".zip",
                1,
                "",
                "",
                java.time.Instant.EPOCH,
                "",
                "",
                "");
    }
}
