package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every variable docs/variables.md lists as always defined is defined in a real deployment. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SystemVariablesDocTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    private static final Pattern NAME = Pattern.compile("`(Octopus\\.[A-Za-z.]+)`");

    static List<String> documentedAlways() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "variables.md"));
        String table =
                page.substring(
                        page.indexOf("<!-- system-variables:always -->"),
                        page.indexOf("<!-- /system-variables:always -->"));
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(table);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyAlwaysDefinedSystemVariableIsDefined() throws Exception {
        List<String> documented = documentedAlways();
        assertThat(documented).hasSizeGreaterThan(30);
        Seed seed = ENGINES.seed(DatabaseKind.H2);
        Project project = seed.project("Variables");
        // prints the name of every variable the step was given, one per line
        seed.process(
                project,
                ScriptDeploymentTest.script(
                        "Dump",
                        "while read -r n v; do printf 'defined %s\\n' \"$(printf '%s' \"$n\" |"
                                + " base64 -d)\"; done < \"$FREIGHT_VARIABLES_FILE\""));
        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.test());
        assertThat(seed.await(deployment).state())
                .as(seed.rawLog(deployment))
                .isEqualTo(TaskState.SUCCESS);

        Set<String> defined =
                seed.activity(deployment).stream()
                        .map(String::strip)
                        .filter(l -> l.startsWith("Info defined ") || l.startsWith("INFO defined "))
                        .map(l -> l.substring(l.indexOf("defined ") + 8))
                        .collect(Collectors.toSet());
        assertThat(defined).as(seed.rawLog(deployment)).isNotEmpty();
        for (String name : documented) {
            assertThat(defined).as(name).contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
