package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code bash} example in docs/deployment-process.md as an inline script step and checks
 * the {@code text} block after it, if any, against the step's log.
 */
class DeploymentProcessDocTest {

    private static final Pattern FENCE =
            Pattern.compile("```(bash|text)\\n(.*?)```", Pattern.DOTALL);

    @TempDir Path dir;

    @Test
    void everyScriptExampleRunsAndPrintsWhatTheDocShows() throws Exception {
        Path doc = Path.of("..", "docs", "deployment-process.md");
        Matcher m = FENCE.matcher(Files.readString(doc));
        List<String[]> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
        }
        int examples = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i)[0].equals("bash")) {
                continue;
            }
            examples++;
            TestStepContext context =
                    new TestStepContext(
                            new LocalHostTarget("engine", dir.resolve("root")),
                            dir.resolve("scratch"));
            context.variables.put("Octopus.Environment.Name", "Test");
            context.with(ScriptStep.BODY, blocks.get(i)[1]);
            StepOutcome outcome = new ScriptStep().execute(context);
            assertThat(outcome.isSuccessful())
                    .as(blocks.get(i)[1] + "\n" + context.allLog())
                    .isTrue();
            if (i + 1 < blocks.size() && blocks.get(i + 1)[0].equals("text")) {
                List<String> printed =
                        context.log.stream().map(l -> l.substring(l.indexOf(": ") + 2)).toList();
                assertThat(printed)
                        .containsExactlyElementsOf(blocks.get(i + 1)[1].lines().toList());
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(2);
    }
}
