package io.jenkins.plugins.freight.engine.template.filter;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (alias MarkdownToHtml): CommonMark to HTML with pipe tables, strikethrough and automatic
 * links, as Octostache's Markdig pipeline.
 */
final class MarkdownFilter {

    private static final List<Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownFilter() {}

    static void register(Filters.Registry registry) {
        Filter markdown =
                (argument, options) ->
                        argument == null || !options.isEmpty()
                                ? null
                                : RENDERER.render(PARSER.parse(argument.strip()));
        registry.add("Markdown", markdown);
        registry.add("MarkdownToHtml", markdown);
    }
}
