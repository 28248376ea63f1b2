package io.jenkins.plugins.freight.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code Links} of resources. Every link starts with the path the servlet is mounted
 * under ({@code ""} standalone, e.g. {@code /jenkins/freight} inside Jenkins), so clients that
 * resolve links against the server origin reach this server wherever it is mounted.
 */
public final class Links {

    private final String base;

    /**
     * @param base context path plus servlet path, without a trailing slash
     */
    public Links(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** {@code /api} plus the path, under the mount point. */
    public String api(String path) {
        return base + "/api" + path;
    }

    /**
     * The web UI address of a page: {@code /app} plus the UI route (e.g. {@code
     * /Spaces-1/releases/Releases-3}), under the mount point. A real path rather than a {@code #}
     * fragment, so the server sees the whole address and links from build logs open the page.
     */
    public String web(String path) {
        return base + "/app" + path;
    }

    /** The mount point itself ({@code ""} when mounted at the root). */
    public String base() {
        return base;
    }

    /** A path segment, percent-encoded (ids and names may hold spaces). */
    public static String segment(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!unencoded(value.charAt(i))) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return value; // ids such as ServerTasks-12: nothing to encode, so nothing to copy
    }

    /** The characters URLEncoder leaves alone (but '*', which is rare in names). */
    private static boolean unencoded(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '_'
                || c == '.';
    }

    /** An ordered map of link names to already built links, from name/link pairs. */
    public static Map<String, String> of(String... namesAndLinks) {
        if (namesAndLinks.length % 2 != 0) {
            throw new IllegalArgumentException("Links come in name/link pairs");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLinks.length; i += 2) {
            result.put(namesAndLinks[i], namesAndLinks[i + 1]);
        }
        return result;
    }
}
