package io.jenkins.plugins.freight.engine.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.deployment.EnvironmentOutcome;
import io.jenkins.plugins.freight.engine.deployment.LifecycleProgression;
import io.jenkins.plugins.freight.engine.deployment.PhaseEnvironment;
import io.jenkins.plugins.freight.engine.deployment.Progression;
import io.jenkins.plugins.freight.engine.deployment.ProgressionPhase;
import io.jenkins.plugins.freight.engine.deployment.ProgressionRules;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example tables of the release sections of docs/concepts.md hold for the real rules. */
class ConceptsDocTest {

    private static List<String> section(String heading) throws IOException {
        Path page =
                Path.of(System.getProperty("user.dir")).resolve("../docs/concepts.md").normalize();
        List<String> lines = Files.readAllLines(page);
        int start = lines.indexOf("## " + heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            section.add(lines.get(i));
        }
        return section;
    }

    /** The rows of the table whose header starts with {@code firstColumn}, cells trimmed. */
    private static List<List<String>> table(List<String> section, String firstColumn) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : section) {
            if (line.startsWith("| " + firstColumn + " |")) {
                inTable = true;
                continue;
            }
            if (inTable && line.startsWith("|---")) {
                continue;
            }
            if (inTable && line.startsWith("|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.strip().replace("`", ""));
                }
                rows.add(cells);
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).as("table starting with %s", firstColumn).isNotEmpty();
        return rows;
    }

    @Test
    void maskExamplesAreWhatMasksDo() throws IOException {
        for (List<String> row : table(section("Versions"), "mask")) {
            Optional<OctopusVersion> previous =
                    row.get(1).equals("(none)")
                            ? Optional.empty()
                            : Optional.of(OctopusVersion.parse(row.get(1)));
            assertThat(VersionMask.parse(row.get(0)).orElseThrow().apply(previous).toString())
                    .as("mask %s after %s", row.get(0), row.get(1))
                    .isEqualTo(row.get(2));
        }
    }

    @Test
    void progressionExamplesAreWhatProgressionDoes() throws IOException {
        PhaseEnvironment dev = new PhaseEnvironment("Environments-1", "Dev", false);
        PhaseEnvironment test = new PhaseEnvironment("Environments-2", "Test", false);
        PhaseEnvironment prod = new PhaseEnvironment("Environments-3", "Prod", false);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "Dev, Test, and Prod",
                        List.of(
                                new ProgressionPhase("Dev", List.of(dev), 0, true),
                                new ProgressionPhase("Test", List.of(test), 0, false),
                                new ProgressionPhase("Prod", List.of(prod), 0, false)));
        Map<String, String> ids =
                Map.of(
                        "Dev",
                        dev.environmentId(),
                        "Test",
                        test.environmentId(),
                        "Prod",
                        prod.environmentId());
        for (List<String> row :
                table(section("Progression"), "deployments of release 1.2.0 so far")) {
            Map<String, EnvironmentOutcome> history = new HashMap<>();
            String so = row.get(0);
            if (so.startsWith("Dev succeeded")) {
                history.put(dev.environmentId(), EnvironmentOutcome.SUCCEEDED);
            } else if (so.startsWith("Test succeeded, then")) {
                history.put(test.environmentId(), EnvironmentOutcome.FAILED);
            } else if (so.startsWith("Test succeeded")) {
                history.put(test.environmentId(), EnvironmentOutcome.SUCCEEDED);
            } else if (so.startsWith("Test failed")) {
                history.put(test.environmentId(), EnvironmentOutcome.FAILED);
            } else {
                assertThat(so).isEqualTo("none");
            }
            Progression p = ProgressionRules.evaluate("1.2.0", lifecycle, history);
            List<String> expected =
                    List.of(row.get(1).split(",\\s*")).stream().map(ids::get).toList();
            assertThat(p.deployableEnvironmentIds()).as(so).containsExactlyElementsOf(expected);
        }
    }
}
