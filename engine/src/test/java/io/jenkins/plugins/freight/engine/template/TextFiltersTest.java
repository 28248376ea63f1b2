package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static io.jenkins.plugins.freight.engine.template.Fixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replace, Substring, Truncate, Trim, Indent, Append, Prepend, and the comparisons. */
class TextFiltersTest {

    private static final String OD = "Octopus Deploy";
    private static final String LINES = "Octopus Deploy\nOctopus Deploy\nOctopus Deploy";

    /** Renders {@code #{foo | filter}} with foo = value. */
    private static String apply(String filter, String value) {
        return eval("#{foo | " + filter + "}", "foo", value);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Replace abc def|abc|def",
                "Replace a|abc|bc",
                "Replace abc def|ABC|ABC",
                "Replace \"ab c\" \"d ef\"|ab c|d ef",
                "Replace \"a'b\" \"d'e\"|a'b|d'e",
                "Replace \"[a-z]+\" 1|a'b|1'1",
                "Replace \"a\\(b\" \"d(e\"|a(b|d(e",
                "Replace \"o(.+)o([a-z]*)s\" \"o$2o$1s\"|opuocts|octopus",
                "Replace \"a\" x|ababa|xbxbx",
                "Replace \"^a\" x|ababa|xbaba",
                "Replace \"a$\" x|ababa|ababx",
                "Replace a \\\"$$\\\"|abc|$bc",
            })
    void replaceUsesRegularExpressions(String filter, String value, String expected) {
        assertThat(apply(filter, value)).isEqualTo(expected);
    }

    @Test
    void replaceOptionsMayComeFromVariables() {
        assertThat(
                        eval(
                                "#{foo | Replace #{regex}#{replacement}}",
                                "foo",
                                "abc",
                                "regex",
                                "b",
                                "replacement",
                                "x"))
                .isEqualTo("axc");
        assertThat(eval("#{foo | Replace #{r} #{s}}", "foo", "a\"b", "r", "a\"", "s", "\"c"))
                .isEqualTo("\"cb");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Substring 7;Octopus", "Substring 8 6;Deploy", "Substring 20;Octopus Deploy",
                "Substring 14 5;''", "Substring 8 7;Deploy", "Truncate 50;Octopus Deploy",
                "Truncate 7;Octopus...", "Truncate 7 \"<|>\";Octopus<|>", "Truncate 7 \"\";Octopus",
                "Truncate 50 \"<|>\";Octopus Deploy", "Substring 8 | Trim;Octopus",
            })
    void substringAndTruncateCut(String filter, String expected) {
        assertThat(apply(filter, OD)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Substring",
        "Substring 1 2 3",
        "Substring a",
        "Substring 0 a",
        "Substring -1",
        "Substring 0 -1",
        "Substring 20 5",
        "Truncate",
        "Truncate a",
        "Truncate -1",
        "Replace",
        "Trim Both",
        "Indent abc 123 def",
        "Match",
        "Match a b",
        "StartsWith",
        "Contains a b",
        "Replace \"(\"",
    })
    void unusableOptionsLeaveTheTokenEchoed(String filter) {
        String template = "#{foo | " + filter + "}";
        assertThat(eval(template, "foo", OD)).isEqualTo(template);
    }

    @Test
    void trimTrimsEitherOrBothEnds() {
        assertThat(apply("Trim", " Octopus Deploy ")).isEqualTo("Octopus Deploy");
        assertThat(apply("Trim start", " Octopus Deploy ")).isEqualTo("Octopus Deploy ");
        assertThat(apply("Trim End", " Octopus Deploy ")).isEqualTo(" Octopus Deploy");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Indent|`    Octopus Deploy\n    Octopus Deploy\n    Octopus Deploy`",
                "Indent 2|`  Octopus Deploy\n  Octopus Deploy\n  Octopus Deploy`",
                "Indent /3|`Octopus Deploy\n   Octopus Deploy\n   Octopus Deploy`",
                "Indent 3/2|`   Octopus Deploy\n  Octopus Deploy\n  Octopus Deploy`",
                "Indent //|`//Octopus Deploy\n//Octopus Deploy\n//Octopus Deploy`",
                "Indent \"/* \" \" * \"|`/* Octopus Deploy\n * Octopus Deploy\n * Octopus Deploy`",
                "Indent 256|`256Octopus Deploy\n256Octopus Deploy\n256Octopus Deploy`",
                "Indent /256|`/256Octopus Deploy\n/256Octopus Deploy\n/256Octopus Deploy`",
            })
    void indentPrefixesEachLine(String filter, String expected) {
        assertThat(apply(filter, LINES)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void indentSizesStopAt255() {
        assertThat(apply("Indent 255", "A")).isEqualTo(" ".repeat(255) + "A");
        assertThat(apply("Indent 255/3", "A\nB")).isEqualTo(" ".repeat(255) + "A\n   B");
        assertThat(apply("Indent", "")).isEmpty();
        assertThat(eval("#{ | Indent}", Map.of())).isEqualTo("#{ | Indent}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "value|barvalue|valuebar",
                "value1 value2|barvalue1value2|value1value2bar",
                "value1 \" \" value2|barvalue1 value2|value1 value2bar",
                "\" \" #{foo} \" \" value|bar bar value|' bar valuebar'",
            })
    void appendAndPrependJoinTheirOptions(String options, String appended, String prepended) {
        assertThat(apply("Append " + options, "bar")).isEqualTo(appended);
        assertThat(apply("Prepend " + options, "bar")).isEqualTo(prepended);
        assertThat(eval("#{|Append foo}", Map.of())).isEqualTo("foo");
        assertThat(eval("#{foo | Append}", "foo", "bar")).isEqualTo("#{foo | Append}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "abc def|Match abc|true",
                "abc def|Match cba|false",
                "abc def|Match ABC|false",
                "abc def|Match \"abc def\"|true",
                "abc'def|Match \"abc'def\"|true",
                "abc def|Match \".*\"|true",
                "abc def1|Match \"[0-9]+\"|true",
                "abc(def|Match \"c\\(d\"|true",
                "abc def|StartsWith abc|true",
                "abc def|StartsWith bc|false",
                "abc def|StartsWith ABC|false",
                "abc def|StartsWith \"abc d\"|true",
                "abc def|EndsWith def|true",
                "abc def|EndsWith de|false",
                "abc def|EndsWith \"c def\"|true",
                "abc def|Contains de|true",
                "abc def|Contains ed|false",
                "abc def|Contains ABC|false",
                "abc'def|Contains \"'de\"|true",
            })
    void comparisonsAnswerTrueOrFalse(String value, String filter, String expected) {
        assertThat(apply(filter, value)).isEqualTo(expected);
    }

    @Test
    void comparisonOptionsMayComeFromVariables() {
        assertThat(eval("#{foo | Match #{r}}", "foo", "abc def", "r", "def")).isEqualTo("true");
        assertThat(eval("#{foo | Contains #{s}}", "foo", "abc def", "s", "c d")).isEqualTo("true");
    }

    @Test
    @Timeout(20)
    void catastrophicRegularExpressionsAreStopped() {
        // Back references defeat the regular-expression engine's own protection against this.
        String value = "a".repeat(40) + "!";
        assertThat(apply("Match \"(a+)+\\1b\"", value)).isEqualTo("#{foo | Match \"(a+)+\\1b\"}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/docs|UriPart Host|[UriPart Host error: This operation is not supported for a relative URI.]",
                "https://octopus.com/docs|UriPart|[UriPart error: no argument given]",
                "https://octopus.com/docs|UriPart bar|[UriPart bar error: argument 'bar' not supported]",
                "https://octopus.com/docs|UriPart AbsolutePath|/docs",
                "https://octopus.com/docs|UriPart AbsoluteUri|https://octopus.com/docs",
                "https://octopus.com/docs|UriPart Authority|octopus.com",
                "https://octopus.com/docs|UriPart DnsSafeHost|octopus.com",
                "https://octopus.com/docs#filters|UriPart Fragment|#filters",
                "https://octopus.com/docs|UriPart Host|octopus.com",
                "https://octopus.com/docs|UriPart HostAndPort|octopus.com:443",
                "https://octopus.com/docs|UriPart HostNameType|Dns",
                "https://octopus.com/docs|UriPart IsAbsoluteUri|true",
                "https://octopus.com/docs|UriPart IsDefaultPort|true",
                "https://octopus.com/docs|UriPart IsFile|false",
                "https://octopus.com/docs|UriPart IsLoopback|false",
                "https://octopus.com/docs|UriPart IsUnc|false",
                "https://octopus.com/docs|UriPart Path|/docs",
                "https://octopus.com/docs?filter=faq|UriPart PathAndQuery|/docs?filter=faq",
                "https://octopus.com/docs|UriPart Port|443",
                "https://octopus.com/docs?filter=faq|UriPart Query|?filter=faq",
                "https://octopus.com/docs|UriPart Scheme|https",
                "https://octopus.com/docs|UriPart SchemeAndServer|https://octopus.com",
                "https://username:password@octopus.com|UriPart UserInfo|username:password",
                "http://localhost:8080/x|UriPart Authority|localhost:8080",
            })
    void uriPartsAreExtracted(String uri, String filter, String expected) {
        assertThat(Template.render("#{foo | " + filter + "}", vars("foo", uri)).text())
                .isEqualTo(expected);
    }
}
