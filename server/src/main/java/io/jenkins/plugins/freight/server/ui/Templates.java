package io.jenkins.plugins.freight.server.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates under {@code src/main/jte}, turned into Java classes at build time (HTML
 * content type: every {@code ${…}} is escaped for where it lands). Created once; thread-safe.
 */
public final class Templates {

    /** The package the build generates the template classes into. */
    static final String PACKAGE = "io.jenkins.plugins.freight.server.ui.templates";

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The precompiled templates shipped in this module's jar. */
    public static Templates precompiled() {
        return new Templates(
                TemplateEngine.createPrecompiled(
                        null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE));
    }

    /**
     * Renders a template, e.g. {@code dashboard/dashboard.jte}, with its one typed model.
     *
     * @param name the template's path under {@code src/main/jte}
     * @param model the value of its single {@code @param}
     */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, model, out);
        return out.toString();
    }
}
