package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML, XML, JSON, YAML, properties and URI escaping. */
class EscapeFiltersTest {

    private static String escape(String filter, String value) {
        return Template.render("#{Foo | " + filter + "}", vars("Foo", value)).text();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("HtmlEscape", "A&'bc</x>\"", "A&amp;&apos;bc&lt;&#x2F;x&gt;&quot;"),
                Arguments.of("HtmlEscape", "", ""),
                Arguments.of("XmlEscape", "A&'bc<>\"", "A&amp;&apos;bc&lt;&gt;&quot;"),
                Arguments.of("UriDataEscape", "A b:c+d/e", "A%20b%3Ac%2Bd%2Fe"),
                Arguments.of("UriEscape", "A b:c+d/e", "A%20b:c+d/e"),
                Arguments.of("UriDataEscape", "é", "%C3%A9"),
                Arguments.of("JsonEscape", "Test\"Test", "Test\\\"Test"),
                Arguments.of("JsonEscape", "a\rb\nc\td\\e", "a\\rb\\nc\\td\\\\e"),
                Arguments.of("JsonEscape", "C:\\Octopus\\Work", "C:\\\\Octopus\\\\Work"),
                Arguments.of("YamlSingleQuoteEscape", "single'quote", "single''quote"),
                Arguments.of("YamlSingleQuoteEscape", "\\'", "\\''"),
                Arguments.of("YamlSingleQuoteEscape", "a\n\tb\n\tc", "a\n\n\tb\n\n\tc"),
                Arguments.of("YamlSingleQuoteEscape", "a\r\nb", "a\r\n\r\nb"),
                Arguments.of("YamlSingleQuoteEscape", "a\n\r\nb", "a\n\n\r\nb"),
                Arguments.of("YamlDoubleQuoteEscape", "double\"quote", "double\\\"quote"),
                Arguments.of("YamlDoubleQuoteEscape", "\\", "\\\\"),
                Arguments.of("YamlDoubleQuoteEscape", "\r\n\t", "\\r\\n\\t"),
                Arguments.of("YamlDoubleQuoteEscape", "single'quote", "single'quote"),
                Arguments.of("YamlDoubleQuoteEscape", "我叫章鱼", "\\u6211\\u53eb\\u7ae0\\u9c7c"),
                Arguments.of("PropertiesKeyEscape", " a \n b ", "\\ a\\ \\n\\ b\\ "),
                Arguments.of("PropertiesKeyEscape", ":=\\\r\t", "\\:\\=\\\\\\r\\t"),
                Arguments.of("PropertiesKeyEscape", "我叫章鱼", "\\u6211\\u53eb\\u7ae0\\u9c7c"),
                Arguments.of("PropertiesKeyEscape", "÷ü", "÷ü"),
                Arguments.of("PropertiesValueEscape", ":=", ":="),
                Arguments.of("PropertiesValueEscape", " a \n b ", "\\ a \\n b "),
                Arguments.of("PropertiesValueEscape", "a ", "a "),
                Arguments.of("PropertiesValueEscape", "我叫章鱼", "\\u6211\\u53eb\\u7ae0\\u9c7c"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void valuesAreEscapedForWhereTheyLand(String filter, String value, String expected) {
        assertThat(escape(filter, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"HtmlEscape", "XmlEscape", "JsonEscape", "YamlSingleQuoteEscape", "UriEscape"})
    void escapingFiltersTakeNoOptions(String filter) {
        String template = "#{Foo | " + filter + " x}";
        assertThat(Template.render(template, vars("Foo", "a")).text()).isEqualTo(template);
    }
}
