package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code #{calc}} arithmetic. */
class CalculationTest {

    private static final Map<String, String> VARIABLES =
            vars("A", "5", "B", "7", "The/Var", "9", "Another-Var", "11");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3+2|5",
                "3-2|1",
                "3*2|6",
                "3/2|1.5",
                "3*2+2*4|14",
                "3*(2+2)*4|48",
                "A+2|7",
                "A+B|12",
                "{B}-2|5",
                "2-B|-5",
                "2-4|-2",
                "(B*2)-2|12",
                "2-(B*2)|-12",
                "{B}/2|3.5",
                "2/B|0.2857142857142857",
                "2/{B}|0.2857142857142857",
                "2/4|0.5",
                "0.2*B|1.4000000000000001",
                "B*0.2|1.4000000000000001",
                "{Another-Var}-2|9",
                "{The/Var}-2|7",
                "3 + 2 * 2|7",
                "( 3 + 2 ) * 2|10",
            })
    void arithmeticFollowsPrecedence(String expression, String expected) {
        assertThat(Template.render("#{calc " + expression + "}", VARIABLES).text())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"C+2", "B-2", "B/2", "1/0"})
    void whatCannotBeComputedIsEchoedAsWritten(String expression) {
        // A bare name may contain - and /: "B-2" is a variable of that name, which is unknown.
        String template = "#{calc " + expression + "}";
        RenderResult result = Template.render(template, VARIABLES);
        assertThat(result.text()).isEqualTo(template);
        assertThat(result.unresolvedTokens()).containsExactly(template);
    }

    @Test
    void nonNumericVariablesCannotBeComputed() {
        assertThat(Template.render("#{calc X+1}", vars("X", "abc")).text())
                .isEqualTo("#{calc X+1}");
    }
}
