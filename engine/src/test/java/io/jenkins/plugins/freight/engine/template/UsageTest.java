package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Substitution, nesting, indexers and the echo of what cannot be evaluated. */
class UsageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "#{Foo}          | Foo         | Bar       |             |       | Bar",
                "#{Foo}          | foo         | Bar       |             |       | Bar",
                "#{Foo}          | Foo         | #{Bar}    | Bar         | Baz   | Baz",
                "#{Foo Bar Jazz} | Foo Bar Jazz | Bar      |             |       | Bar",
                "#{ Foo }        | Foo         | Bar       |             |       | Bar",
                "#{a/b}          | a/b         | Foo       |             |       | Foo",
                "#{a~b}          | a~b         | Foo       |             |       | Foo",
                "#{(abc)}        | (abc)       | Foo       |             |       | Foo",
                "#{@a}           | @a          | Foo       |             |       | Foo",
                "#{a@b}          | a@b         | Foo       |             |       | Foo",
            })
    void variablesAreSubstitutedCaseInsensitivelyAndRecursively(
            String template,
            String name1,
            String value1,
            String name2,
            String value2,
            String expected) {
        Map<String, String> variables = vars(name1, value1);
        if (name2 != null) {
            variables.put(name2, value2);
        }
        RenderResult result = Template.render(template, variables);
        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void unknownVariablesAreEchoedAndReported() {
        RenderResult result = Template.render("#{Foo}#{Jazz}", vars("Foo", "#{Bar}", "Bar", "Baz"));
        assertThat(result.text()).isEqualTo("Baz#{Jazz}");
        assertThat(result.unresolvedTokens()).containsExactly("#{Jazz}");
        assertThat(result.errorMessage())
                .isEqualTo("The following tokens were unable to be evaluated: '#{Jazz}'");
    }

    @Test
    void unresolvedTokenInsideAValueIsReportedAsWritten() {
        RenderResult result = Template.render("#{Test}", vars("Test", "#{Test.Something}"));
        assertThat(result.text()).isEqualTo("#{Test.Something}");
        assertThat(result.unresolvedTokens()).containsExactly("#{Test.Something}");
    }

    @Test
    void eachUnresolvedTokenIsReportedOnce() {
        RenderResult result = Template.render("#{A} #{B} #{A}", Map.of());
        assertThat(result.unresolvedTokens()).containsExactly("#{A}", "#{B}");
    }

    @Test
    void emptyTokensAreEchoed() {
        assertThat(eval("#{}", vars("Foo", "Value"))).isEqualTo("#{}");
        assertThat(eval("#{ }", vars("Foo", "Value"))).isEqualTo("#{ }");
    }

    @Test
    void doubleHashEscapesAToken() {
        assertThat(eval("##{foo}", "foo", "Abc")).isEqualTo("#{foo}");
    }

    @Test
    void tripleHashIsAHashFollowedByTheValue() {
        assertThat(eval("###{foo}", "foo", "Abc")).isEqualTo("#Abc");
    }

    @Test
    void standaloneHashesAreText() {
        assertThat(eval("# ## ###", Map.of())).isEqualTo("# ## ###");
        assertThat(eval("###### hello", Map.of())).isEqualTo("###### hello");
        assertThat(eval("####### world", Map.of())).isEqualTo("####### world");
        assertThat(eval("ends with #", Map.of())).isEqualTo("ends with #");
    }

    @Test
    void namedIndexersAreSupported() {
        assertThat(
                        eval(
                                "#{Octopus.Action[Package A].Name}",
                                "Octopus.Action[Package A].Name",
                                "MyPackage"))
                .isEqualTo("MyPackage");
    }

    @Test
    void indexesAreLookedUpFromVariables() {
        assertThat(
                        eval(
                                "#{Octopus.Action[#{Package}].Name}",
                                "Package",
                                "Package A",
                                "Octopus.Action[Package A].Name",
                                "MyPackage"))
                .isEqualTo("MyPackage");
    }

    @Test
    void nestedIndexersAreSupported() {
        assertThat(
                        eval(
                                "#{Octopus.Action.Package[containers[0].container].Registry}",
                                "Octopus.Action.Package[containers[0].container].Registry",
                                "docker.io"))
                .isEqualTo("docker.io");
        assertThat(
                        eval(
                                "#{Octopus.Action.Package[array[foo].containers[0].container].Registry}",
                                "Octopus.Action.Package[array[foo].containers[0].container].Registry",
                                "docker.io"))
                .isEqualTo("docker.io");
    }

    @Test
    void anIndexWhoseValueHoldsATemplateIsEvaluatedFirst() {
        assertThat(
                        eval(
                                "#{Step[#{action.StepName}]}",
                                "action.StepName",
                                "Steps[#{index}].step",
                                "index",
                                "0",
                                "Step[Steps[0].step]",
                                "Step 0"))
                .isEqualTo("Step 0");
    }

    @Test
    void aMissingIndexVariableLeavesTheTokenEchoed() {
        String template = "#{Location[#{Continent}]}";
        assertThat(eval(template, Map.of())).isEqualTo(template);
        assertThat(eval(template, "Location[Europe]", "Madrid")).isEqualTo(template);
        assertThat(eval(template, "Location[Europe]", "Madrid", "Continent", "Europe"))
                .isEqualTo("Madrid");
        assertThat(eval("#{MY_VAR}", "MY_VAR", "#{MY_VAR[#{foo}]}", "foo", "bar"))
                .isEqualTo("#{MY_VAR[#{foo}]}");
    }

    @Test
    void theWildcardIndexPicksTheFirstEntry() {
        assertThat(
                        eval(
                                "#{Octopus.Action[*].Name}",
                                "Octopus.Action[Package A].Name",
                                "A",
                                "Octopus.Action[Package B].Name",
                                "B"))
                .isEqualTo("A");
    }

    @Test
    void anIndexedEntryWithoutItsOwnValueStandsForItsIndex() {
        assertThat(eval("#{Octopus.Action[Package A]}", "Octopus.Action[Package A].Name", "A"))
                .isEqualTo("Package A");
    }

    @Test
    void textWithoutTokensIsReturnedAsIs() {
        RenderResult result = Template.render("plain { text } # here", Map.of());
        assertThat(result.text()).isEqualTo("plain { text } # here");
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void aNullValueIsTheEmptyString() {
        Map<String, String> variables = new java.util.HashMap<>();
        variables.put("Foo", null);
        assertThat(eval("[#{Foo}]", variables)).isEqualTo("[]");
    }

    @Test
    void theNullFilterMarksTheWholeResultAsNoValue() {
        RenderResult result = Template.render("#{ | null}", Map.of());
        assertThat(result.nullValue()).isTrue();
        assertThat(Template.render("#{Foo}", vars("Foo", "x")).nullValue()).isFalse();
    }

    @Test
    void multiLineTemplatesKeepTheirLineBreaks() {
        assertThat(eval("a=#{A}\r\nb=#{B}\n", "A", "1", "B", "2")).isEqualTo("a=1\r\nb=2\n");
    }
}
