package io.jenkins.plugins.freight.server.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The UI's static files: the style sheet shipped with this module and htmx from its WebJar. Only
 * the names listed here are served; everything else is a 404.
 */
final class StaticAssets {

    private static final String OWN = "/io/jenkins/plugins/freight/server/ui/static/";
    private static final String HTMX_POM =
            "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private record Asset(String resource, String contentType) {}

    private final Map<String, Asset> assets;

    StaticAssets() {
        this.assets =
                Map.of(
                        "freight.css", new Asset(OWN + "freight.css", "text/css; charset=utf-8"),
                        "freight.js",
                                new Asset(OWN + "freight.js", "text/javascript; charset=utf-8"),
                        "htmx.min.js",
                                new Asset(
                                        "/META-INF/resources/webjars/htmx.org/"
                                                + htmxVersion()
                                                + "/dist/htmx.min.js",
                                        "text/javascript; charset=utf-8"));
    }

    void serve(String name, HttpServletResponse resp) throws IOException {
        Asset asset = assets.get(name);
        if (asset == null) {
            throw UiProblem.notFound();
        }
        byte[] content;
        try (InputStream in = StaticAssets.class.getResourceAsStream(asset.resource())) {
            if (in == null) {
                throw UiProblem.notFound();
            }
            content = in.readAllBytes();
        }
        resp.setStatus(200);
        resp.setContentType(asset.contentType());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }

    private static String htmxVersion() {
        try (InputStream in = StaticAssets.class.getResourceAsStream(HTMX_POM)) {
            if (in == null) {
                throw new IllegalStateException("The htmx WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
