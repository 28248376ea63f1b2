package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Navigation into variables whose value is JSON. */
class JsonTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"Hello\": \"World\"}|#{Test[Hello]}|World",
                "{\"Hello\": \"World\"}|#{Test.Hello}|World",
                "{\"Hello\": {\"World\": {\"Foo\": {\"Bar\": 12 }}}}|#{Test[Hello][World][Foo][Bar]}|12",
                "{\"Items\": [{\"Name\": \"Toast\"}, {\"Name\": \"Bread\"}]}|#{Test.Items[1].Name}|Bread",
                "{\"Items\": [{\"Name\": \"Toast\"}, {\"Name\": \"Bread\"}]}|#{Test.Items[0].Name}|Toast",
                "{\"Foo\": {\"Bar\":\"11\"}}|#{Test.Foo}|{\"Bar\":\"11\"}",
                "{Name: \"#{Test.Value}\", Desc: \"Monkey\", Value: 12}|#{Test.Name}|12",
                "{\"@type\": \"Widget\"}|#{Test.@type}|Widget",
                "{\"@type\": \"Widget\"}|#{Test[@type]}|Widget",
                "{\"On\": true, \"Ratio\": 0.5}|#{Test.On} #{Test.Ratio}|True 0.5",
            })
    void membersOfJsonValuesAreReachable(String json, String template, String expected) {
        assertThat(eval(template, "Test", json)).isEqualTo(expected);
    }

    @Test
    void explicitVariablesWinOverJsonMembers() {
        var variables =
                vars(
                        "Test.Hello", "Go Away",
                        "Test",
                                "{\"Hello\": \"World\", \"Foo\": \"Bar\", \"Donkey\" : {\"Kong\": 12}}",
                        "Test[Foo]", "Nope",
                        "Test.Donkey.Kong", "MARIO");
        assertThat(eval("#{Test.Hello}", variables)).isEqualTo("Go Away");
        assertThat(eval("#{Test[Foo]}", variables)).isEqualTo("Nope");
        assertThat(eval("#{Test.Donkey.Kong}", variables)).isEqualTo("MARIO");
    }

    @Test
    void jsonValuesMayContainTemplates() {
        var variables = vars("Prop", "Foo", "Val", "Bar", "Test", "{#{Prop}: \"#{Val}\"}");
        assertThat(eval("#{Test[Foo]}", variables)).isEqualTo("Bar");
        assertThat(eval("#{Test.Foo}", variables)).isEqualTo("Bar");
        assertThat(eval("#{Test[#{Prop}]}", variables)).isEqualTo("Bar");
    }

    @Test
    void invalidJsonIsNotNavigated() {
        assertThat(eval("#{Test.Name}", "Test", "{Name: NoComma}")).isEqualTo("#{Test.Name}");
        assertThat(eval("#{Test.Name}", "Test", "{\"Name\": 1} trailing"))
                .isEqualTo("#{Test.Name}");
    }

    @Test
    void missingMembersAndNullsAreEmpty() {
        assertThat(eval("Alpha#{Foo.Bar}bet", "Foo", "{Bar: null}")).isEqualTo("Alphabet");
        assertThat(eval("Alpha#{Foo.NotBar}bet", "Foo", "{Bar: \"ABC\"}")).isEqualTo("Alphabet");
        assertThat(eval("Alpha#{Test[4]}bet", "Test", "[2,3,5,8]")).isEqualTo("Alphabet");
        assertThat(eval("Alpha#{Foo.Bar | ToUpper}bet", "Foo", "{Bar: null}"))
                .isEqualTo("Alphabet");
    }

    @Test
    void aJsonValueReferringToItselfIsReportedNotFatal() {
        RenderResult result =
                Template.render(
                        "#{Test.Sizes.Small.Price}",
                        vars(
                                "Test",
                                "{Sizes: {Small: \"#{Test.Sizes.Large.Price}\", Large: \"15\"}}\", Desc: \"Monkey\", Value: 12}"));
        assertThat(result.text()).isEqualTo("#{Test.Sizes.Small.Price}");
        assertThat(result.unresolvedTokens()).containsExactly("#{Test.Sizes.Small.Price}");
    }

    @Test
    void conditionsInsideJsonTextUseEscapedQuotes() {
        assertThat(
                        eval(
                                "{\"Bar\":\"#{if Foo == \\\"test text\\\"}Blaa#{/if}\"}",
                                "Foo",
                                "test text"))
                .isEqualTo("{\"Bar\":\"Blaa\"}");
    }
}
