package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.template.FilterExpression.FilterCall;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Identifier;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Indexer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the parser produces, and how it reports what it cannot parse. */
class ParserTest {

    @Test
    void tokensAreSealedRecordsKeepingTheirSource() {
        Template template = Template.parse("a #{X[#{I}].Y | Replace \"a\" b} ##{z}");
        assertThat(template.tokens()).hasSize(3);
        SubstitutionToken substitution = (SubstitutionToken) template.tokens().get(1);
        assertThat(substitution.source()).isEqualTo("#{X[#{I}].Y | Replace \"a\" b}");
        FilterExpression filters = (FilterExpression) substitution.expression();
        assertThat(filters.subject().steps())
                .extracting(Object::getClass)
                .containsExactly(Identifier.class, Indexer.class, Identifier.class);
        assertThat(((Indexer) filters.subject().steps().get(1)).isLookup()).isTrue();
        FilterCall replace = filters.filters().get(0);
        assertThat(replace.name()).isEqualTo("Replace");
        assertThat(replace.options())
                .extracting(t -> ((TextToken) t).text())
                .containsExactly("a", "b");
        assertThat(((TextToken) template.tokens().get(2)).text()).isEqualTo(" #{z}");
    }

    @Test
    void blocksParseIntoTheirTokens() {
        Template template =
                Template.parse(
                        "#{each i in L}#{if i == \"x\"}X#{/if}#{/each}#{calc 1+2}#{unless U}u#{/unless}");
        assertThat(template.tokens())
                .extracting(Object::getClass)
                .containsExactly(
                        RepetitionToken.class, CalculationToken.class, ConditionalToken.class);
        RepetitionToken each = (RepetitionToken) template.tokens().get(0);
        assertThat(each.enumerator()).isEqualTo("i");
        assertThat(each.body()).singleElement().isInstanceOf(ConditionalToken.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#{Foo", "#{Fo[o}", "#{each a in Action}", "#{/if}", "a #{if X == Y}b"})
    void invalidTemplatesAreRefusedWithAPosition(String text) {
        assertThatThrownBy(() -> Template.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Template syntax error at line 1, column ");
    }

    @Test
    void theErrorNamesWhatWasExpectedAndWhere() {
        assertThatThrownBy(() -> Template.parse("line one\nvalue: #{Foo"))
                .hasMessage(
                        "Template syntax error at line 2, column 13: expected '|' or '}'"
                                + " (in the token that starts at line 2, column 8).");
    }

    @Test
    void anUnclosedBlockNamesItsClosingTag() {
        assertThatThrownBy(() -> Template.parse("#{each a in Action}x"))
                .hasMessageContaining("expected '#{/each}'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#{Foo", "#{Fo[o}", "#{each a in Action}"})
    void renderingAnInvalidTemplateReturnsItUnchangedWithTheError(String text) {
        RenderResult result =
                Template.render(text, vars("Foo", "Bar", "Fo[o]", "Bar", "Action[a]", "One"));
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.syntaxError()).startsWith("Template syntax error");
        assertThat(result.errorMessage()).isEqualTo(result.syntaxError());
    }

    @Test
    void lenientParsingKeepsWhatItCannotParseAsText() {
        String text = "var a=\"#{\"===e?0:e, i=\"#{Web.Root}\"; b=\"#{Host}\"; tail #{";
        Template template = Template.parseLenient(text);
        assertThat(template.evaluate(Map.of("Web.Root", "root", "Host", "h")).text())
                .isEqualTo("var a=\"#{\"===e?0:e, i=\"root\"; b=\"h\"; tail #{");
    }

    @Test
    void lenientParsingOfAStrayClosingTagKeepsIt() {
        assertThat(Template.parseLenient("a#{/if}b#{X}").evaluate(Map.of("X", "x")).text())
                .isEqualTo("a#{/if}bx");
    }

    @Test
    @Timeout(10)
    void manyUnclosedBlocksParseInReasonableTime() {
        String text = "#{if a}".repeat(90) + "x";
        assertThat(Template.parse(text).tokens()).isNotEmpty();
        String each = "#{each a in b}".repeat(90);
        assertThatThrownBy(() -> Template.parse(each)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "#{if a}".repeat(150) + "x" + "#{/if}".repeat(150);
        assertThatThrownBy(() -> Template.parse(deep))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nested more than 100 levels");
        assertThat(Template.parseLenient(deep).evaluate(Map.of()).text()).isEqualTo(deep);
    }

    @Test
    void parsedTemplatesAreReused() {
        assertThat(Template.parse("#{A} and #{B}")).isSameAs(Template.parse("#{A} and #{B}"));
    }

    @Test
    void quotedOptionsCanHoldHashesWhenEscaped() {
        assertThat(
                        Template.render(
                                        "#{ foo | Indent \\\"# \\\"}",
                                        vars("foo", "Octopus Deploy\nOctopus Deploy"))
                                .text())
                .isEqualTo("# Octopus Deploy\n# Octopus Deploy");
    }

    @Test
    void filterOptionsMayBeNestedSubstitutionsFollowedByMoreFilters() {
        assertThat(Template.render("#{A | Append #{B} | ToUpper}", vars("A", "a", "B", "b")).text())
                .isEqualTo("AB");
    }

    @Test
    void everyTokenKindIsCovered() {
        assertThat(List.of(Token.class.getPermittedSubclasses())).hasSize(5);
    }
}
