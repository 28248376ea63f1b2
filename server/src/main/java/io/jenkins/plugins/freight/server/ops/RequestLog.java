package io.jenkins.plugins.freight.server.ops;

import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.Locale;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, query without credentials, status, duration, user and
 * client address. Headers are never logged, so the {@code X-Octopus-ApiKey} and {@code
 * Authorization} values cannot leak; an {@code apikey} query parameter is replaced by {@code ***}.
 */
public final class RequestLog {

    private static final Logger LOG =
            LoggerFactory.getLogger("io.jenkins.plugins.freight.requests");

    public void log(
            String method,
            String path,
            String rawQuery,
            int status,
            long nanos,
            Caller caller,
            String remoteAddress) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(
                "{} {}{} {} {}ms user={} ip={}",
                method,
                path,
                redactedQuery(rawQuery),
                status,
                nanos / 1_000_000,
                caller == null ? "-" : caller.username(),
                remoteAddress);
    }

    /** The query with the value of every {@code apikey} parameter replaced; "" when empty. */
    public static String redactedQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            joined.add(isCredential(name) ? name + "=***" : pair);
        }
        return joined.toString();
    }

    private static boolean isCredential(String rawName) {
        try {
            String name =
                    java.net.URLDecoder.decode(rawName, java.nio.charset.StandardCharsets.UTF_8);
            return name.strip().toLowerCase(Locale.ROOT).equals("apikey");
        } catch (IllegalArgumentException undecodable) {
            return true;
        }
    }
}
