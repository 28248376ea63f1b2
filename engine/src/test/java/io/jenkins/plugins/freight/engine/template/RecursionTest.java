package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Variables that refer to themselves fail clearly and never loop. */
class RecursionTest {

    @Test
    void aVariableReferringToItselfFailsWithTheChain() {
        assertThatThrownBy(() -> Template.render("#{Foo}", vars("Foo", "#{Foo}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Variable 'Foo' refers to itself (Foo -> Foo); remove the loop from the variable values.");
    }

    @Test
    void aLoopThroughSeveralVariablesNamesThemAll() {
        InvalidInputException e =
                catchThrowableOfType(
                        InvalidInputException.class,
                        () ->
                                Template.render(
                                        "#{Foo}",
                                        vars(
                                                "Foo", "#{Fox}", "Fox", "#{Fax}", "Fax", "#{Fix}",
                                                "Fix", "#{Foo}")));
        assertThat(e.getMessage()).contains("Foo -> Fox -> Fax -> Fix -> Foo");
    }

    @Test
    void theMessageNamesVariablesButNeverValues() {
        InvalidInputException e =
                catchThrowableOfType(
                        InvalidInputException.class,
                        () -> Template.render("#{A}", vars("A", "s3cr3t-#{A}")));
        assertThat(e.getMessage()).doesNotContain("s3cr3t");
    }

    @Test
    @Timeout(10)
    void valuesThatDoubleAtEveryLevelAreEvaluatedOnce() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            variables.put("V" + i, "#{V" + (i + 1) + "}#{V" + (i + 1) + "}");
        }
        variables.put("V60", "x");
        // 2^60 characters cannot be produced: the render stops at its output limit.
        assertThatThrownBy(() -> Template.render("#{V0}", variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longer than");
        variables.put("V20", "x");
        assertThat(Template.render("#{V0}", variables).text()).hasSize(1 << 20);
    }

    @Test
    @Timeout(10)
    void longChainsOfReferencesStopAtTheNestingLimit() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            variables.put("V" + i, "#{V" + (i + 1) + "}");
        }
        assertThatThrownBy(() -> Template.render("#{V0}", variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("levels deep");
        variables.put("V100", "end");
        assertThat(Template.render("#{V0}", variables).text()).isEqualTo("end");
    }

    @Test
    void aVariableUsedTwiceIsNotALoop() {
        assertThat(Template.render("#{A}#{A}", vars("A", "#{B}-#{B}", "B", "b")).text())
                .isEqualTo("b-bb-b");
    }
}
