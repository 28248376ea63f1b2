package io.jenkins.plugins.freight.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and garbled templates, with variables whose values are garbled templates too: parsing and
 * rendering either succeed or fail with {@link InvalidInputException}, never anything else, and
 * always in bounded time.
 */
class TemplateFuzzTest {

    private static final String[] FRAGMENTS = {
        "#{",
        "}",
        "##{",
        "###{",
        "#",
        "if ",
        "unless ",
        "each ",
        " in ",
        "calc ",
        "#{/if}",
        "#{/unless}",
        "#{/each}",
        "#{else}",
        "#{elseif ",
        "|",
        " ToUpper",
        " Format",
        " Replace a b",
        " Truncate 2",
        " Match \"(a+)+\"",
        " Indent",
        " null",
        "\"",
        "\\\"",
        "[",
        "]",
        "[#{",
        ".",
        " == ",
        " != ",
        "(",
        ")",
        "+",
        "-",
        "*",
        "/",
        "A",
        "B",
        "C",
        "Octopus.Action",
        "x",
        " ",
        "\n",
        "{",
        "0",
        "1.5",
        "Octopus.Template.Each.Index",
        "[*]",
        "[]",
        ",",
        "{\"k\": [1, {\"v\": \"#{A}\"}]}",
    };

    private static String garble(Random random, int parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(10) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    @Timeout(60)
    void garbledTemplatesFailOnlyWithTheDocumentedError(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            String template = garble(random, 1 + random.nextInt(40));
            Map<String, String> variables = new LinkedHashMap<>();
            for (String name :
                    new String[] {"A", "B", "C", "Octopus.Action[x].y", "Octopus.Action[z]"}) {
                variables.put(
                        name, random.nextBoolean() ? garble(random, random.nextInt(12)) : "v");
            }
            check(template, variables);
        }
    }

    private static void check(String template, Map<String, String> variables) {
        long start = System.nanoTime();
        try {
            Template.parse(template);
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).startsWith("Template syntax error");
        } catch (RuntimeException | Error e) {
            fail("parse threw " + e + " for " + printable(template));
        }
        Template lenient = null;
        try {
            lenient = Template.parseLenient(template);
        } catch (RuntimeException | Error e) {
            fail("parseLenient threw " + e + " for " + printable(template));
        }
        for (Runnable render :
                new Runnable[] {
                    () -> Template.render(template, variables),
                    () -> Template.parseLenient(template).evaluate(variables)
                }) {
            try {
                render.run();
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | Error e) {
                fail("render threw " + e + " for " + printable(template) + " with " + variables);
            }
        }
        assertThat(lenient).isNotNull();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("time for %s", printable(template)).isLessThan(5_000);
    }

    private static String printable(String text) {
        return text.replace("\n", "\\n");
    }
}
