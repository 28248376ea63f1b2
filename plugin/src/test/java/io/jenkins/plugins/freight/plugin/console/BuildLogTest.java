package io.jenkins.plugins.freight.plugin.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.client.actions.ProgressListener.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildLogTest {

    private static final String KEY = "API-SECRETSECRETSECRETSECRET01";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final BuildLog log =
            new BuildLog(
                    new PrintStream(bytes, true, StandardCharsets.UTF_8),
                    SecretMasker.of(List.of(KEY)),
                    (url, text) -> "<a href='" + url + "'>" + text + "</a>");

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesArePrefixedAndWarningsAndErrorsSayWhatTheyAre() {
        log.line(Level.INFO, "Deploying Random Quotes 1.0.3 to Dev");
        log.line(Level.WARNING, "Waiting for someone to act");
        log.line(Level.ERROR, "Step failed");

        assertThat(output().lines())
                .containsExactly(
                        "[Freight] Deploying Random Quotes 1.0.3 to Dev",
                        "[Freight] WARNING: Waiting for someone to act",
                        "[Freight] ERROR: Step failed");
    }

    @Test
    void linksGoThroughTheLinkFormatAndSecretsInThemAreMasked() {
        log.link(Level.HIGHLIGHT, "Release 1.0.3", "https://deploy/app#/releases/1?apikey=" + KEY);
        log.link(Level.INFO, "No page", null);

        assertThat(output())
                .contains(
                        "[Freight] <a href='https://deploy/app#/releases/1?apikey=****'>Release 1.0.3</a>")
                .contains("[Freight] No page")
                .doesNotContain(KEY);
    }

    @Test
    void progressIsReportedInStepsNotForEveryChunk() {
        for (long sent = 0; sent <= 1000; sent += 10) {
            log.uploadProgress("RandomQuotes.1.0.3.zip", sent, 1000);
        }
        for (int p = 0; p <= 100; p++) {
            log.taskProgress("ServerTasks-1", "Deploy to Dev", p, null);
        }

        assertThat(output().lines().filter(l -> l.contains("Uploading"))).hasSize(5);
        assertThat(output().lines().filter(l -> l.contains("Deploy to Dev"))).hasSize(11);
        assertThat(output()).contains("Uploading RandomQuotes.1.0.3.zip: 100% of 1000 B");
    }
}
