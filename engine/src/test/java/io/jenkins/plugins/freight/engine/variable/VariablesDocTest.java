package io.jenkins.plugins.freight.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example of docs/variables.md evaluates to the result the page shows. */
class VariablesDocTest {

    private static final Pattern EXAMPLE =
            Pattern.compile(
                    "Variables:\\n```json\\n(.*?)\\n```\\nTemplate:\\n```octostache\\n(.*?)\\n```\\nResult:\\n```text\\n(.*?)\\n```",
                    Pattern.DOTALL);

    @Test
    void everyExampleOnThePageRuns() throws Exception {
        Path page =
                Path.of(System.getProperty("user.dir")).resolve("../docs/variables.md").normalize();
        String text = Files.readString(page);
        Matcher m = EXAMPLE.matcher(text);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            Map<String, String> variables =
                    new ObjectMapper()
                            .readValue(
                                    m.group(1),
                                    new TypeReference<LinkedHashMap<String, String>>() {});
            String result = Template.render(m.group(2), variables).text();
            assertThat(result)
                    .as("example %d:%n%s", checked.size() + 1, m.group(2))
                    .isEqualTo(m.group(3));
            checked.add(m.group(2));
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(9);
        assertThat(text.split("```octostache", -1).length - 1).isEqualTo(checked.size());
    }
}
