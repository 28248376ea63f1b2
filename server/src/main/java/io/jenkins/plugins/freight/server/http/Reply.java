package io.jenkins.plugins.freight.server.http;

/**
 * What a handler answers: a status and a body rendered as JSON, or plain text for {@link Text}
 * bodies, or nothing for a null body.
 */
public record Reply(int status, Object body) {

    /** A plain-text body (task logs). */
    public record Text(String text) {}

    /** A file to stream to the client (package downloads). */
    public record Download(String fileName, long length, ContentSource content) {}

    /** Opens the content of a {@link Download} when the response is written. */
    @FunctionalInterface
    public interface ContentSource {
        java.io.InputStream open() throws java.io.IOException;
    }

    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply created(Object body) {
        return new Reply(201, body);
    }

    /** 200 with an empty body (deletes). */
    public static Reply empty() {
        return new Reply(200, null);
    }

    public static Reply text(String text) {
        return new Reply(200, new Text(text));
    }
}
