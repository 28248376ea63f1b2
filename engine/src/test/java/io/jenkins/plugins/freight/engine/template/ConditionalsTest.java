package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code #{if}}, {@code #{unless}}, {@code #{else}}, {@code #{elseif}} and truthiness. */
class ConditionalsTest {

    private static final Map<String, String> COOL =
            vars(
                    "Result", "Cool",
                    "Octopus.IsCool", "true",
                    "Octopus.CoolState", "Cool",
                    "Octopus.Appraise", "Cool");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#{if Octopus.IsCool}#{Result}#{/if}",
                "#{if Octopus.CoolState == \"Cool\"}#{Result}#{/if}",
                "#{if Octopus.CoolState != \"Uncool\"}#{Result}#{/if}",
                "#{unless Octopus.CoolState == \"Uncool\"}#{Result}#{/unless}",
                "#{if Octopus.Appraise == Octopus.CoolState}#{Result}#{/if}",
                "#{if \"Cool\" == Octopus.CoolState}#{Result}#{/if}",
                "#{if \"software\" != Octopus.CoolState}#{Result}#{/if}",
                "#{ if Octopus.IsCool}#{Result}#{/if}",
                "#{if  Octopus.IsCool  }#{ Result  }#{/if}",
                "#{if Octopus.IsCool  == \"true\"}#{Result}#{/if}",
                "#{if Octopus.IsCool  |  ToLower  != \"false\"}#{Result}#{/if}",
                "#{if Octopus.IsCool==\"true\"}#{Result}#{/if}",
            })
    void conditionsSelectTheirBranch(String template) {
        assertThat(eval(template, COOL)).isEqualTo("Cool");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#{if S | ToUpper == \"COOL\"}#{R}#{/if}",
                "#{if S | ToUpper | ToLower == \"cool\"}#{R}#{/if}",
                "#{if \"cool\" == S | ToLower}#{R}#{/if}",
                "#{if S | ToLower == A | ToLower | Trim }#{R}#{/if}",
                "#{if A | ToLower | Contains #{S | ToLower} }#{R}#{/if}",
                "#{if H | Contains \"O\" }#{R}#{/if}",
                "#{if G | Trim | ToUpper | ToLower == H | ToBase64 | FromBase64 | Trim | ToLower }#{R}#{/if}",
            })
    void filtersWorkOnBothSidesOfAComparison(String template) {
        assertThat(
                        eval(
                                template,
                                "R",
                                "Cool",
                                "S",
                                "Cool",
                                "A",
                                " Cool ",
                                "H",
                                "  HELLO ",
                                "G",
                                " Hello "))
                .isEqualTo("Cool");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "true|yes",
                "True|yes",
                "anything|yes",
                "1|yes",
                "' 0'|yes",
                "false|no",
                "FALSE|no",
                "' False '|no",
                "no|no",
                "No|no",
                "0|no",
                "''|no",
            })
    void truthinessFollowsOctopus(String value, String expected) {
        assertThat(eval("#{if V}yes#{else}no#{/if}", "V", value)).isEqualTo(expected);
        assertThat(Template.isTruthy(value)).isEqualTo(expected.equals("yes"));
    }

    @Test
    void unknownVariablesAreFalsy() {
        assertThat(eval("#{if MyVar}True#{/if}", Map.of())).isEmpty();
        assertThat(eval("#{unless MyVar}False#{/unless}", Map.of())).isEqualTo("False");
    }

    @Test
    void unknownVariablesOnBothSidesCompareEqual() {
        assertThat(eval("#{if Unknown1 == Unknown2}Equal#{/if}", Map.of())).isEqualTo("Equal");
    }

    @Test
    void comparisonIsCaseSensitive() {
        assertThat(eval("#{if E == \"prod\"}same#{else}different#{/if}", "E", "Prod"))
                .isEqualTo("different");
    }

    @Test
    void elseAndNestingAreSupported() {
        assertThat(eval("#{if T}#{R}#{else}#{E}#{/if}", "T", "false", "R", "r", "E", "else"))
                .isEqualTo("else");
        assertThat(
                        eval(
                                "#{if T}#{if F==\"foo\"}#{R}#{/if}#{/if}",
                                "T",
                                "true",
                                "F",
                                "foo",
                                "R",
                                "r"))
                .isEqualTo("r");
        assertThat(
                        eval(
                                "#{if T}#{R}#{else}#{if F==\"foo\"}#{E}#{/if}#{/if}",
                                "T",
                                "false",
                                "F",
                                "foo",
                                "E",
                                "e"))
                .isEqualTo("e");
    }

    @ParameterizedTest
    @CsvSource({
        "Development,dev",
        "Test,test",
        "Staging,staging",
        "Production,prod",
        "Sandbox,other"
    })
    void elseIfChainsRenderTheFirstMatchingBranch(String environment, String expected) {
        String template =
                "#{if Env == \"Development\"}dev"
                        + "#{elseif Env == \"Test\"}test"
                        + "#{elseif Env == \"Staging\"}staging"
                        + "#{elseif Env == \"Production\"}prod"
                        + "#{else}other#{/if}";
        assertThat(eval(template, "Env", environment)).isEqualTo(expected);
    }

    @Test
    void elseIfWithoutElseRendersNothingWhenNothingMatches() {
        assertThat(
                        eval(
                                "#{if A}a#{elseif B}b#{elseif C}c#{/if}",
                                "A",
                                "false",
                                "B",
                                "0",
                                "C",
                                "no"))
                .isEmpty();
    }

    @Test
    void elseIfBranchesMayNest() {
        assertThat(
                        eval(
                                "#{if A}a#{elseif B}#{if C}c#{elseif D}d#{else}none#{/if}#{else}else#{/if}",
                                "A",
                                "false",
                                "B",
                                "true",
                                "C",
                                "false",
                                "D",
                                "true"))
                .isEqualTo("d");
    }

    @Test
    void elseIfAcrossLinesKeepsTheLineBreaks() {
        String template =
                "#{if E == \"Development\"}dev\n#{elseif E == \"Test\"}test\n#{else}other\n#{/if}";
        assertThat(eval(template, "E", "Test")).isEqualTo("test\n");
    }

    @Test
    void elseIfIsNotPartOfUnless() {
        String template = "#{unless First}first#{elseif Second == \"x\"}second#{/unless}";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Template.parse(template)))
                .isInstanceOf(io.jenkins.plugins.freight.engine.error.InvalidInputException.class);
    }

    @Test
    void elseIfIsStoredAsANestedConditional() {
        Template template = Template.parse("#{if A}a#{elseif B}b#{else}c#{/if}");
        ConditionalToken outer = (ConditionalToken) template.tokens().get(0);
        assertThat(outer.whenFalse()).singleElement().isInstanceOf(ConditionalToken.class);
    }

    @Test
    void aConditionWithAnUnknownFilterIsEchoed() {
        String template = "#{if Greeting | NonExistingFunction}#{Result}#{/if}";
        RenderResult result = Template.render(template, vars("Greeting", "Hello", "Result", "r"));
        assertThat(result.text()).isEqualTo(template);
        assertThat(result.unresolvedTokens()).containsExactly(template);
    }

    @Test
    void aNullBranchMarksTheResultAsNoValue() {
        String template = "#{if T}#{Result}#{else}#{ | null }#{/if}";
        assertThat(Template.render(template, vars("T", "true", "Result", "r")).nullValue())
                .isFalse();
        assertThat(Template.render(template, vars("T", "false", "Result", "r")).nullValue())
                .isTrue();
    }

    @Test
    void anIfWithoutItsEndIsAnOrdinaryVariable() {
        RenderResult result = Template.render("#{if X}abc", Map.of());
        assertThat(result.text()).isEqualTo("#{if X}abc");
        assertThat(result.unresolvedTokens()).containsExactly("#{if X}");
    }
}
