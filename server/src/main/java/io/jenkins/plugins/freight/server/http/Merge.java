package io.jenkins.plugins.freight.server.http;

import java.util.List;

/**
 * Reading full-document PUTs forgivingly: a property the client left out keeps its current value
 * (or the default on create), as Go and C# clients sometimes omit empty fields.
 */
public final class Merge {

    private Merge() {}

    /** The sent value, else the current one (null on create), else the default. */
    public static <T> T pick(T sent, T current, T defaultValue) {
        if (sent != null) {
            return sent;
        }
        return current != null ? current : defaultValue;
    }

    /** As {@link #pick} for lists, whose default is empty. */
    public static <T> List<T> list(List<T> sent, List<T> current) {
        return sent != null ? sent : current != null ? current : List.of();
    }

    /** A slug the client sent; {@code ""} (Go sends it) means "not given". */
    public static String slug(String sent, String current) {
        return sent != null && !sent.isBlank() ? sent : current;
    }
}
