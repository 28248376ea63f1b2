package io.jenkins.plugins.freight.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PowerShell scripts on the engine's host. Which tests run depends on the machine: with {@code
 * pwsh} on the PATH the helpers (output variables, variables, fail step, exit codes) are exercised;
 * without it, a PowerShell script fails with a message that says PowerShell is missing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PowerShellScriptTest {

    @TempDir Path root;
    private LocalHostTarget target;
    private final RecordingListener listener = new RecordingListener();

    static boolean pwshOnPath() {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pwsh")));
    }

    private static ScriptRequest powershell(String body) {
        return ScriptRequest.bash(body).withSyntax(ScriptSyntax.POWERSHELL);
    }

    @BeforeEach
    void setUp() {
        target = new LocalHostTarget("engine-host", root);
    }

    @AfterEach
    void tearDown() {
        target.close();
    }

    @Test
    void withoutPwshAPowerShellScriptFailsSayingPowerShellIsMissing() throws Exception {
        assumeFalse(pwshOnPath(), "pwsh is installed here");
        ScriptResult result = target.run(powershell("Write-Host never"), listener);
        assertThat(result.outcome()).isEqualTo(ScriptOutcome.FAILED);
        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.failureMessage()).contains(ScriptBootstrap.MISSING_PWSH);
        assertThat(listener.texts()).doesNotContain("never");
    }

    @Test
    void powerShellHelpersPublishVariablesAndFailTheStep() throws Exception {
        assumeTrue(pwshOnPath(), "pwsh is not installed here");
        String script =
                """
                Write-Host "env is $(Get-OctopusVariable 'Octopus.Environment.Name')"
                Set-OctopusVariable -Name 'Greeting' -Value 'Hello ünïcode'
                Set-OctopusVariable -Name 'Token' -Value 'tok-1' -Sensitive
                """;
        ScriptResult ok =
                target.run(
                        powershell(script)
                                .withVariables(Map.of("Octopus.Environment.Name", "Test")),
                        listener);
        assertThat(ok.outcome()).isEqualTo(ScriptOutcome.SUCCEEDED);
        assertThat(listener.texts(OutputCategory.INFO)).contains("env is Test");
        assertThat(ok.outputVariables())
                .containsExactly(
                        new OutputVariable("Greeting", "Hello ünïcode", false),
                        new OutputVariable("Token", "tok-1", true));

        ScriptResult failed = target.run(powershell("Fail-Step 'disk full'"), listener);
        assertThat(failed.outcome()).isEqualTo(ScriptOutcome.FAILED);
        assertThat(failed.failureMessage()).contains("disk full");

        ScriptResult exit = target.run(powershell("exit 4"), listener);
        assertThat(exit.exitCode()).isEqualTo(4);
    }
}
