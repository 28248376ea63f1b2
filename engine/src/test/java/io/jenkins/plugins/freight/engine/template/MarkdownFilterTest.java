package io.jenkins.plugins.freight.engine.template;

import static io.jenkins.plugins.freight.engine.template.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown (alias MarkdownToHtml) renders CommonMark with tables and automatic links. */
class MarkdownFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"Markdown", "MarkdownToHtml"})
    void markdownBecomesHtml(String filter) {
        String template = "#{Foo | " + filter + "}";
        assertThat(eval(template, "Foo", "_yeah!_").trim()).isEqualTo("<p><em>yeah!</em></p>");
        assertThat(eval(template, "Foo", "https://octopus.com").trim())
                .isEqualTo("<p><a href=\"https://octopus.com\">https://octopus.com</a></p>");
        assertThat(eval(template, "Foo", "[Some link](https://octopus.com)").trim())
                .isEqualTo("<p><a href=\"https://octopus.com\">Some link</a></p>");
        assertThat(eval(template, "Foo", "|Header1|Header2|\n|-|-|\n|Cell1|Cell2|").trim())
                .isEqualTo(
                        "<table>\n<thead>\n<tr>\n<th>Header1</th>\n<th>Header2</th>\n</tr>\n</thead>\n"
                                + "<tbody>\n<tr>\n<td>Cell1</td>\n<td>Cell2</td>\n</tr>\n</tbody>\n</table>");
    }
}
