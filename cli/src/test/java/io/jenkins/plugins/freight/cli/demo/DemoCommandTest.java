package io.jenkins.plugins.freight.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.cli.Main;
import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    @Timeout(value = 180)
    void demoDeploysToDevAndTestWithSignOffAndLeavesNoAppRunning(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli =
                Main.commandLine(
                        new CliEnvironment(
                                Map.of(), false, dir, new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("demo", "--exit", "--data-dir", dir.resolve("data").toString());

        String text = out.toString();
        assertThat(exit).as(text + err).isZero();
        assertThat(text).containsPattern("Freight demo server: http://127\\.0\\.0\\.1:\\d+/app/");
        assertThat(text).contains("Administrator API key: API-");
        assertThat(text).contains("E-mail step: no SMTP server configured, skipped");
        assertThat(text).containsPattern("answers on its Dev port: .+\\[Dev\\]");
        assertThat(text).contains("Waiting for sign-off", "Signed off: Proceed.");
        assertThat(text).containsPattern("answers on its Test port: .+\\[Test\\]");
        assertThat(text).containsPattern("(?i)Deployment to Dev: success");
        assertThat(text).containsPattern("(?i)Deployment to Test: success");
        Matcher pids = Pattern.compile("\\(pid (\\d+)\\)").matcher(text);
        Set<Long> apps = new HashSet<>();
        while (pids.find()) {
            long pid = Long.parseLong(pids.group(1));
            apps.add(pid);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("app process %d still running", pid)
                    .isFalse();
        }
        assertThat(apps).as("the Dev and Test apps").hasSize(2);
    }

    @Test
    @Timeout(value = 180)
    void withJsonOutputTheProgressGoesToStandardErrorAndTheOutcomeToStandardOutput(
            @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli =
                Main.commandLine(
                        new CliEnvironment(
                                Map.of(), false, dir, new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit =
                cli.execute(
                        "demo",
                        "--exit",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "-o",
                        "json");

        assertThat(exit).as(out + "" + err).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("succeeded").asBoolean()).isTrue();
        assertThat(json.get("webUrl").asText()).matches("http://127\\.0\\.0\\.1:\\d+/app/");
        assertThat(json.get("apiKey").asText()).startsWith("API-");
        assertThat(err.toString()).contains("Signed off: Proceed.");
    }
}
