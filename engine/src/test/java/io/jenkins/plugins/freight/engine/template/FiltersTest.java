package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.template.filter.Filters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How filters are applied, chained and echoed; case and Base64 filters. */
class FiltersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#{Foo|ToUpper}", "#{Foo | ToUpper}", "#{Foo  | ToUpper}", "#{Foo |  ToUpper}",
                "#{ Foo | ToUpper}", "#{  Foo | ToUpper}", "#{Foo | ToUpper }", "#{Foo | toupper}",
            })
    void whitespaceAndCaseOfFilterNamesDoNotMatter(String template) {
        assertThat(eval(template, "Foo", "Abc")).isEqualTo("ABC");
    }

    @Test
    void filtersApplyInOrder() {
        assertThat(eval("#{Foo|ToUpper|ToLower}", "Foo", "Abc")).isEqualTo("abc");
        assertThat(eval("#{Foo|ToUpper}", "Foo", "#{Bar | ToLower}", "Bar", "Baz"))
                .isEqualTo("BAZ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#{Foo | ToBazooka}", "#{Foo | ToBazooka 6}", "#{Foo | ToUpper x}",
                "#{Missing | ToUpper}", "#{Foo.Bar | HtmlEscape}", "#{Foo.Bar | Markdown}",
            })
    void whatAFilterCannotHandleIsEchoedAndReported(String template) {
        RenderResult result = Template.render(template, vars("Foo", "Abc"));
        assertThat(result.text()).isEqualTo(template);
        assertThat(result.errorMessage())
                .isEqualTo("The following tokens were unable to be evaluated: '" + template + "'");
    }

    @Test
    void base64RoundTripsInUtf8AndUnicode() {
        assertThat(eval("#{String | tobase64}", "String", "Foo Bar")).isEqualTo("Rm9vIEJhcg==");
        assertThat(eval("#{Foo}", "Foo", "#{Bar | ToBase64}", "Bar", "Baz")).isEqualTo("QmF6");
        assertThat(eval("#{Foo}", "Foo", "#{Bar | ToBase64 unicode}", "Bar", "Baz"))
                .isEqualTo("QgBhAHoA");
        assertThat(eval("#{Foo}", "Foo", "#{Bar | FromBase64}", "Bar", "QmF6")).isEqualTo("Baz");
        assertThat(eval("#{Foo}", "Foo", "#{Bar | FromBase64 unicode}", "Bar", "QgBhAHoA"))
                .isEqualTo("Baz");
    }

    @Test
    void invalidBase64IsEchoed() {
        assertThat(eval("#{Bar | FromBase64}", "Bar", "not base64!"))
                .isEqualTo("#{Bar | FromBase64}");
        assertThat(eval("#{Bar | ToBase64 ebcdic}", "Bar", "x"))
                .isEqualTo("#{Bar | ToBase64 ebcdic}");
    }

    @Test
    void nullGivesNoValue() {
        assertThat(Template.render("#{ | null}", Map.of("foo", "#{ | null}")).nullValue()).isTrue();
    }

    @Test
    void everyOctostacheFilterIsAvailable() {
        assertThat(Filters.names())
                .contains(
                        "ToLower",
                        "ToUpper",
                        "ToBase64",
                        "FromBase64",
                        "HtmlEscape",
                        "UriEscape",
                        "UriDataEscape",
                        "XmlEscape",
                        "JsonEscape",
                        "YamlSingleQuoteEscape",
                        "YamlDoubleQuoteEscape",
                        "PropertiesKeyEscape",
                        "PropertiesValueEscape",
                        "Markdown",
                        "MarkdownToHtml",
                        "NowDate",
                        "NowDateUtc",
                        "AddHours",
                        "AddDays",
                        "Format",
                        "Match",
                        "Replace",
                        "StartsWith",
                        "EndsWith",
                        "Contains",
                        "Substring",
                        "Truncate",
                        "Trim",
                        "Indent",
                        "UriPart",
                        "VersionMajor",
                        "VersionMinor",
                        "VersionPatch",
                        "VersionPreRelease",
                        "VersionPreReleasePrefix",
                        "VersionPreReleaseCounter",
                        "VersionRevision",
                        "VersionMetadata",
                        "Append",
                        "Prepend",
                        "Md5",
                        "Sha1",
                        "Sha256",
                        "Sha384",
                        "Sha512",
                        "Null");
    }
}
