package io.jenkins.plugins.freight.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jenkins.plugins.freight.engine.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Map;

/**
 * One API request as handlers see it: path parameters, query, the authenticated caller, the space
 * it is addressed to, and the body, read with a size limit and parsed in the API's JSON dialect.
 */
public final class ApiRequest {

    private final HttpServletRequest raw;
    private final String method;
    private final Map<String, String> pathParameters;
    private final QueryParameters query;
    private final Links links;
    private final Caller caller;
    private final String spaceId;
    private final boolean spaceExplicit;
    private final long maxJsonBytes;

    ApiRequest(
            HttpServletRequest raw,
            String method,
            Map<String, String> pathParameters,
            QueryParameters query,
            Links links,
            Caller caller,
            String spaceId,
            boolean spaceExplicit,
            long maxJsonBytes) {
        this.raw = raw;
        this.method = method;
        this.pathParameters = Map.copyOf(pathParameters);
        this.query = query;
        this.links = links;
        this.caller = caller;
        this.spaceId = spaceId;
        this.spaceExplicit = spaceExplicit;
        this.maxJsonBytes = maxJsonBytes;
    }

    /** The method after {@code X-HTTP-Method-Override}. */
    public String method() {
        return method;
    }

    /** A placeholder of the route's pattern, decoded. */
    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No path parameter " + name);
        }
        return value;
    }

    public QueryParameters query() {
        return query;
    }

    public Links links() {
        return links;
    }

    /** A path inside the request's space, e.g. {@code /Spaces-1/projects/Projects-1}, for links. */
    public String inSpace(String path) {
        return "/" + Links.segment(spaceId) + path;
    }

    /** Who asks; never null on authenticated routes. */
    public Caller caller() {
        return caller;
    }

    /** The space the request is addressed to ({@code Spaces-N}); null on system routes. */
    public String spaceId() {
        return spaceId;
    }

    /**
     * Whether the path named the space; false for legacy unscoped paths that mean the default
     * space. Lookups by a globally unique id (tasks) do not restrict to the default space then.
     */
    public boolean spaceExplicit() {
        return spaceExplicit;
    }

    public String header(String name) {
        return raw.getHeader(name);
    }

    public String contentType() {
        return raw.getContentType();
    }

    /** The underlying servlet request, for streaming uploads. */
    public HttpServletRequest servletRequest() {
        return raw;
    }

    /** The body as the given type; a 400 when it is missing or not valid JSON. */
    public <T> T body(Class<T> type) throws IOException {
        JsonNode tree = bodyTree();
        if (tree.isMissingNode() || tree.isNull()) {
            throw ApiProblem.badRequest("The request needs a JSON body.");
        }
        if (!tree.isObject() && !type.isArray() && !Iterable.class.isAssignableFrom(type)) {
            throw ApiProblem.badRequest("The request body must be a JSON object.");
        }
        return Json.mapper().treeToValue(tree, type);
    }

    /** The body as UTF-8 text (for bodies that are not JSON), within the same size limit. */
    public String bodyText() throws IOException {
        long length = raw.getContentLengthLong();
        if (length > maxJsonBytes) {
            throw tooLarge();
        }
        try (InputStream in = new LimitedInputStream(raw.getInputStream(), maxJsonBytes)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The body as a JSON tree; an empty object when there is no body. */
    public JsonNode bodyTree() throws IOException {
        long length = raw.getContentLengthLong();
        if (length > maxJsonBytes) {
            throw tooLarge();
        }
        InputStream limited = new LimitedInputStream(raw.getInputStream(), maxJsonBytes);
        PushbackInputStream in = new PushbackInputStream(limited, 1);
        int first = in.read();
        if (first < 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        in.unread(first);
        JsonNode tree = Json.mapper().readTree(in);
        return tree == null ? JsonNodeFactory.instance.objectNode() : tree;
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(
                413, "The request body is larger than " + maxJsonBytes + " bytes allowed.");
    }

    /** Ends the stream with a 413 once more than the limit has been read. */
    private final class LimitedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            this.in = in;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
