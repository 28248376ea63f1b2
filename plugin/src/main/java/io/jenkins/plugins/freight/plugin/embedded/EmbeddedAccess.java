package io.jenkins.plugins.freight.plugin.embedded;

import java.util.Locale;

/**
 * Who may use the embedded engine through {@code /freight/}, decided per request:
 *
 * <ul>
 *   <li>a request that carries a Freight API key goes to the engine as is (Octopus tools, the
 *       plugin's own steps); the engine authenticates it; so does a request for a public page (the
 *       root document {@code /api}, {@code /health}), which tools read before they authenticate;
 *   <li>a signed-in Jenkins administrator acts as their Freight user with full rights;
 *   <li>another signed-in Jenkins user with Overall/Read acts as their Freight user but may only
 *       read (GET, HEAD), until the engine's own roles can be mapped;
 *   <li>anyone else is asked to sign in (401) or refused (403).
 * </ul>
 */
public final class EmbeddedAccess {

    /** What to do with a request. */
    public enum Decision {
        PASS_API_KEY,
        ACT_AS_USER,
        UNAUTHORIZED,
        FORBIDDEN
    }

    private EmbeddedAccess() {}

    public static Decision decide(
            String method,
            boolean publicPath,
            boolean hasApiKey,
            boolean anonymous,
            boolean administrator,
            boolean canRead) {
        if (hasApiKey || publicPath) {
            return Decision.PASS_API_KEY;
        }
        if (anonymous) {
            return Decision.UNAUTHORIZED;
        }
        if (administrator) {
            return Decision.ACT_AS_USER;
        }
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        boolean reading = m.equals("GET") || m.equals("HEAD");
        return canRead && reading ? Decision.ACT_AS_USER : Decision.FORBIDDEN;
    }

    /** Whether the path below the mount point is readable by anyone (the engine decides). */
    public static boolean isPublicPath(String method, String path) {
        boolean reading = "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
        return reading && (path.equals("/api") || path.equals("/api/") || path.equals("/health"));
    }

    /** Whether a request carries a Freight API key (header, {@code apikey} parameter or bearer). */
    public static boolean carriesApiKey(String header, String queryString, String authorization) {
        if (header != null && !header.isBlank()) {
            return true;
        }
        if (authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7) {
            return true;
        }
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && pair.substring(0, eq).equalsIgnoreCase("apikey")
                    && eq < pair.length() - 1) {
                return true;
            }
        }
        return false;
    }
}
