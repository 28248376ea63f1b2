package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import io.jenkins.plugins.freight.engine.target.OutputVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScriptStepTest {

    @TempDir Path dir;
    private TestStepContext context;

    @BeforeEach
    void setUp() {
        context =
                new TestStepContext(
                        new LocalHostTarget("engine", dir.resolve("root")), dir.resolve("scratch"));
    }

    @Test
    void inlineScriptIsSubstitutedAndPublishesOutputVariables() throws Exception {
        context.variables.put("Octopus.Environment.Name", "Test");
        context.with(ScriptStep.SYNTAX, "Bash")
                .with(
                        ScriptStep.BODY,
                        "echo \"Deploying to #{Octopus.Environment.Name}\"\n"
                                + "set_octopusvariable Url \"http://test.example\"");
        StepOutcome outcome = new ScriptStep().execute(context);
        assertThat(outcome.isSuccessful()).isTrue();
        assertThat(context.log).contains("INFO: Deploying to Test");
        assertThat(context.outputs)
                .containsEntry("Url", new OutputVariable("Url", "http://test.example", false));
    }

    @Test
    void failingScriptReportsItsExitCodeOrFailStepMessage() throws Exception {
        context.with(ScriptStep.BODY, "exit 4");
        assertThat(new ScriptStep().execute(context).message())
                .isEqualTo("The script returned exit code 4.");
        context.with(ScriptStep.BODY, "fail_step 'Smoke test failed'");
        assertThat(new ScriptStep().execute(context).message()).isEqualTo("Smoke test failed");
    }

    @Test
    void emptyBodyAndUnknownSourceAreClearFailures() throws Exception {
        assertThat(new ScriptStep().execute(context).message()).contains("has no script body");
        context.with(ScriptStep.SOURCE, "GitRepository");
        assertThat(new ScriptStep().execute(context).message()).contains("not supported");
    }

    @Test
    void scriptFromPackageRunsWithParameters() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/scripts"));
        Files.writeString(
                content.resolve("smoke.sh"), "echo \"smoke $1 from $(basename $(pwd))\"\n");
        Path archive = TestPackages.zip(dir.resolve("content"), dir.resolve("Tools.1.0.0.zip"));
        context.packages.put("Tools", archive);
        context.primaryPackage = new PackageSelection("feeds-builtin", "Tools", "1.0.0");
        context.with(ScriptStep.SOURCE, "Package")
                .with(ScriptStep.FILE_NAME, "scripts/smoke.sh")
                .with(ScriptStep.PARAMETERS, "quick");
        StepOutcome outcome = new ScriptStep().execute(context);
        assertThat(outcome.isSuccessful()).as(context.allLog()).isTrue();
        assertThat(context.allLog()).contains("smoke quick from");
    }
}
