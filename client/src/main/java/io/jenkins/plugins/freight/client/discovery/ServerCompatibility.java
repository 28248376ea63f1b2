package io.jenkins.plugins.freight.client.discovery;

import io.jenkins.plugins.freight.client.error.UnexpectedResponseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a root document comes from a server this client can drive: REST API 3.x and, for
 * Octopus Deploy, version 2022.3 or newer (the executions API for releases and deployments).
 */
public final class ServerCompatibility {

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:[.\\-+].*)?$");
    private static final int MIN_YEAR = 2022;
    private static final int MIN_RELEASE = 3;

    private ServerCompatibility() {}

    /**
     * @throws UnexpectedResponseException with one clear sentence when the server is too old or
     *     does not speak the Octopus REST API
     */
    public static RootDocument require(RootDocument root, String serverUrl) {
        String api = root.apiVersion();
        if (api == null || !api.startsWith("3.")) {
            throw refuse(
                    "The server at "
                            + serverUrl
                            + " does not speak the Octopus REST API 3.x (ApiVersion "
                            + api
                            + ").");
        }
        String version = root.version();
        Matcher m = version == null ? null : VERSION.matcher(version);
        if (m == null || !m.matches()) {
            throw refuse(
                    "The server at "
                            + serverUrl
                            + " reports an unreadable version '"
                            + version
                            + "'.");
        }
        int year = Integer.parseInt(m.group(1));
        int release = Integer.parseInt(m.group(2));
        if (year < MIN_YEAR || year == MIN_YEAR && release < MIN_RELEASE) {
            throw refuse(
                    "The server at "
                            + serverUrl
                            + " runs version "
                            + version
                            + "; Freight needs Octopus Deploy 2022.3 or newer.");
        }
        return root;
    }

    private static UnexpectedResponseException refuse(String message) {
        return new UnexpectedResponseException(message, 200, null, List.of());
    }
}
