package io.jenkins.plugins.freight.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LocalHostTargetTest {

    @TempDir Path root;
    private LocalHostTarget target;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void setUp() {
        target = new LocalHostTarget("engine-host", root);
    }

    @AfterEach
    void tearDown() {
        target.close();
    }

    @Test
    void exitCodeZeroSucceedsAndOtherCodesFail() throws Exception {
        assertThat(target.run(ScriptRequest.bash("echo hello"), listener).outcome())
                .isEqualTo(ScriptOutcome.SUCCEEDED);
        ScriptResult failed = target.run(ScriptRequest.bash("exit 3"), listener);
        assertThat(failed.outcome()).isEqualTo(ScriptOutcome.FAILED);
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(listener.texts(OutputCategory.INFO)).containsExactly("hello");
    }

    @Test
    void stderrLinesAreLoggedAsErrors() throws Exception {
        target.run(ScriptRequest.bash("echo oops >&2"), listener);
        assertThat(listener.texts(OutputCategory.ERROR)).containsExactly("oops");
    }

    @Test
    void outputIsStreamedWhileTheScriptRuns() throws Exception {
        RunningScript running =
                target.start(ScriptRequest.bash("echo first; sleep 30; echo never"), listener);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.texts().contains("first"));
        running.cancel();
        ScriptResult result = running.await();
        assertThat(result.outcome()).isEqualTo(ScriptOutcome.CANCELED);
        assertThat(listener.texts()).doesNotContain("never");
    }

    @Test
    void setOctopusVariablePublishesOutputVariables() throws Exception {
        String script =
                """
                set_octopusvariable "Greeting" "Hello 'world' \\"quoted\\" ünïcode"
                set_octopusvariable "ApiToken" "tok-123456" -sensitive
                set_octopusvariable "Greeting" "replaced"
                """;
        ScriptResult result = target.run(ScriptRequest.bash(script), listener);
        assertThat(result.outputVariables())
                .containsExactly(
                        new OutputVariable("ApiToken", "tok-123456", true),
                        new OutputVariable("Greeting", "replaced", false));
        assertThat(listener.all()).doesNotContain("##octopus");
    }

    @Test
    void sensitiveOutputVariableIsMaskedInLaterLines() throws Exception {
        String script =
                """
                set_octopusvariable "ApiToken" "tok-123456" -sensitive
                echo "token is tok-123456"
                """;
        target.run(ScriptRequest.bash(script), listener);
        assertThat(listener.texts()).containsExactly("token is ********");
        assertThat(new OutputVariable("ApiToken", "tok-123456", true).toString())
                .doesNotContain("tok-123456");
    }

    @Test
    void getOctopusVariableReadsTheGivenVariablesCaseInsensitively() throws Exception {
        ScriptRequest request =
                ScriptRequest.bash(
                                "echo \"env=$(get_octopusvariable octopus.environment.name)\";"
                                        + " echo \"multi=$(get_octopusvariable Multi)\";"
                                        + " echo \"missing=[$(get_octopusvariable Nope)]\"")
                        .withVariables(
                                Map.of(
                                        "Octopus.Environment.Name", "Test",
                                        "Multi", "a b 'c' $HOME"));
        target.run(request, listener);
        assertThat(listener.texts())
                .containsExactly("env=Test", "multi=a b 'c' $HOME", "missing=[]");
    }

    @Test
    void failStepFailsWithItsMessage() throws Exception {
        ScriptResult result =
                target.run(
                        ScriptRequest.bash("fail_step \"Database is not reachable\"; echo after"),
                        listener);
        assertThat(result.outcome()).isEqualTo(ScriptOutcome.FAILED);
        assertThat(result.failureMessage()).contains("Database is not reachable");
        assertThat(listener.texts()).doesNotContain("after");
    }

    @Test
    void artifactsAreCollected() throws Exception {
        ScriptResult result =
                target.run(
                        ScriptRequest.bash(
                                "echo report > report.txt; new_octopusartifact \"$PWD/report.txt\""
                                        + " \"Report\""),
                        listener);
        assertThat(result.artifacts()).hasSize(1);
        assertThat(result.artifacts().get(0).name()).isEqualTo("Report");
        assertThat(result.artifacts().get(0).path()).endsWith("/report.txt");
    }

    @Test
    void serviceMessagesChangeTheCategoryOfLaterLines() throws Exception {
        String script =
                """
                echo plain
                write_warning "careful"
                echo "##octopus[stdout-verbose]"
                echo detail
                echo "##octopus[stdout-default]"
                write_highlight "look"
                echo back
                """;
        target.run(ScriptRequest.bash(script), listener);
        assertThat(listener.lines())
                .containsExactly(
                        new RecordingListener.Line(OutputCategory.INFO, "plain"),
                        new RecordingListener.Line(OutputCategory.WARNING, "careful"),
                        new RecordingListener.Line(OutputCategory.VERBOSE, "detail"),
                        new RecordingListener.Line(OutputCategory.HIGHLIGHT, "look"),
                        new RecordingListener.Line(OutputCategory.INFO, "back"));
    }

    @Test
    void progressIsReported() throws Exception {
        target.run(ScriptRequest.bash("update_progress 40 \"Copying files\""), listener);
        assertThat(listener.progress())
                .containsExactly(new RecordingListener.Progress(40, "Copying files"));
    }

    @Test
    void timeoutStopsTheScript() throws Exception {
        long started = System.nanoTime();
        ScriptResult result =
                target.run(
                        ScriptRequest.bash("sleep 60").withTimeout(Duration.ofMillis(500)),
                        listener);
        assertThat(result.outcome()).isEqualTo(ScriptOutcome.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(20));
        assertThat(listener.texts(OutputCategory.ERROR))
                .anyMatch(l -> l.contains("did not finish"));
    }

    @Test
    void cancelKillsTheWholeProcessTree() throws Exception {
        Path pids = root.resolve("pids");
        String script =
                "sleep 300 & echo $! > '"
                        + pids
                        + "'; (sleep 301 & echo $! >> '"
                        + pids
                        + "'; wait) & echo started; wait";
        RunningScript running = target.start(ScriptRequest.bash(script), listener);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                listener.texts().contains("started")
                                        && Files.exists(pids)
                                        && Files.readAllLines(pids).size() == 2);
        List<Long> children =
                Files.readAllLines(pids).stream().map(String::trim).map(Long::parseLong).toList();
        CompletableFuture.runAsync(running::cancel);
        assertThat(running.await().outcome()).isEqualTo(ScriptOutcome.CANCELED);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                children.stream()
                                        .map(ProcessHandle::of)
                                        .noneMatch(
                                                p -> p.map(ProcessHandle::isAlive).orElse(false)));
    }

    @Test
    void secretsAreMaskedBeforeLinesLeaveTheRunner() throws Exception {
        ScriptRequest request =
                ScriptRequest.bash(
                                "echo \"password=$(get_octopusvariable DbPassword)\";"
                                        + " echo \"$(get_octopusvariable DbPassword)\" >&2;"
                                        + " fail_step \"cannot log in with $(get_octopusvariable"
                                        + " DbPassword)\"")
                        .withVariables(Map.of("DbPassword", "s3cr3t-pa55"))
                        .withMasker(line -> line.replace("s3cr3t-pa55", "********"));
        ScriptResult result = target.run(request, listener);
        assertThat(listener.all()).doesNotContain("s3cr3t-pa55").contains("password=********");
        assertThat(result.failureMessage()).contains("cannot log in with ********");
    }

    @Test
    void environmentWorkingDirectoryAndParametersAreApplied() throws Exception {
        Path dir = Files.createDirectories(root.resolve("app dir"));
        ScriptRequest request =
                ScriptRequest.bash("echo \"$GREETING from $(pwd) with $1,$2\"")
                        .withEnvironment(Map.of("GREETING", "hi 'there'"))
                        .withWorkingDirectory(dir.toString())
                        .withParameters("one \"two words\"");
        target.run(request, listener);
        assertThat(listener.texts())
                .containsExactly("hi 'there' from " + dir + " with one,two words");
    }

    @Test
    void shSyntaxRunsWithThePosixShell() throws Exception {
        ScriptRequest request =
                ScriptRequest.bash("set_octopusvariable Shell posix; echo ok")
                        .withSyntax(ScriptSyntax.SH);
        ScriptResult result = target.run(request, listener);
        assertThat(result.isSuccessful()).isTrue();
        assertThat(result.outputVariables())
                .containsExactly(new OutputVariable("Shell", "posix", false));
    }

    @Test
    void scratchFilesWithVariablesAreRemovedAfterTheRun() throws Exception {
        target.run(
                ScriptRequest.bash("true").withVariables(Map.of("Secret", "value-on-disk")),
                listener);
        try (var files = Files.list(root.resolve("work"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void missingWorkingDirectoryFailsTheScript() throws Exception {
        ScriptResult result =
                target.run(
                        ScriptRequest.bash("echo never")
                                .withWorkingDirectory(root.resolve("absent").toString()),
                        listener);
        assertThat(result.outcome()).isEqualTo(ScriptOutcome.FAILED);
        assertThat(listener.texts()).doesNotContain("never");
        assertThat(Optional.of(result.exitCode())).isNotEqualTo(Optional.of(0));
    }
}
