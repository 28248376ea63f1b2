package io.jenkins.plugins.freight.client.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP plumbing every API class shares: one OkHttp client built from {@link
 * ConnectionSettings}, the API key header, JSON in and out, retries, and the one mapping of
 * failures to {@link FreightClientException}s. Immutable and thread-safe.
 */
public final class Transport implements AutoCloseable {

    public static final String API_KEY_HEADER = "X-Octopus-ApiKey";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String apiKey;
    private final String userAgent;
    private final ErrorMapper errors;
    private final ObjectMapper mapper = Json.mapper();

    private Transport(ConnectionSettings settings, Consumer<String> requestLog) {
        this.base = HttpUrl.get(settings.serverUrl().toString() + "/");
        this.apiKey = settings.apiKey();
        this.userAgent = settings.userAgent();
        Redactor redactor = new Redactor(apiKey);
        this.errors = new ErrorMapper(settings.serverUrl().toString(), redactor);
        this.http = HttpClientFactory.create(settings, requestLog, redactor);
    }

    /**
     * Builds the transport; no request is sent yet.
     *
     * @param requestLog receives one line per HTTP attempt (never headers or bodies), or {@code
     *     null}
     */
    public static Transport create(ConnectionSettings settings, Consumer<String> requestLog) {
        return new Transport(settings, requestLog);
    }

    /** The server's base address (without {@code /api}). */
    public URI serverUrl() {
        return base.uri();
    }

    /** An address under the base: {@code url("api", spaceId, "tasks")}, each segment encoded. */
    public HttpUrl url(String... segments) {
        HttpUrl.Builder builder = base.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    /**
     * Resolves a link the server returned ({@code /api/...}, {@code ~/...}, or absolute) into an
     * address, honouring a server hosted under a path prefix. Templates ({@code {?skip}}) are cut
     * off.
     */
    public HttpUrl link(String link) {
        String plain = link;
        int brace = plain.indexOf('{');
        if (brace >= 0) {
            plain = plain.substring(0, brace);
        }
        if (plain.startsWith("~/")) {
            plain = plain.substring(2);
        } else if (plain.startsWith("/")) {
            String prefix = base.encodedPath();
            plain =
                    plain.startsWith(prefix)
                            ? plain.substring(prefix.length())
                            : plain.substring(1);
        }
        HttpUrl resolved = base.resolve(plain);
        if (resolved == null) {
            throw errors.malformed(
                    new Request.Builder().url(base).build(), "the link '" + link + "' is invalid");
        }
        return resolved;
    }

    /** The Jackson type of a collection resource holding {@code itemType}s. */
    public static JavaType collectionOf(Class<?> itemType) {
        return Json.mapper()
                .getTypeFactory()
                .constructParametricType(ResourceCollection.class, itemType);
    }

    /** The Jackson type of a plain JSON array of {@code itemType}s (the {@code /all} endpoints). */
    public static JavaType listOf(Class<?> itemType) {
        return Json.mapper()
                .getTypeFactory()
                .constructCollectionType(java.util.List.class, itemType);
    }

    public <T> T get(HttpUrl url, Type type) {
        return execute(request(url).get().build(), type);
    }

    public String getText(HttpUrl url) {
        Request request = request(url).header("Accept", "text/plain, */*").get().build();
        try (Response response = call(request)) {
            return response.body().string();
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
    }

    public <T> T post(HttpUrl url, Object body, Type type) {
        return execute(request(url).post(new OneShotBody(json(body))).build(), type);
    }

    public <T> T put(HttpUrl url, Object body, Type type) {
        return execute(request(url).put(json(body)).build(), type);
    }

    /** The outcome of an upload: the status (201 created, 200 ignored or replaced) and the body. */
    public record Uploaded<T>(int statusCode, T body) {}

    /**
     * Uploads a file as a one-part {@code multipart/form-data} request, streaming it from disk.
     *
     * @param progress told how many bytes were sent, as they are
     */
    public <T> Uploaded<T> upload(
            HttpUrl url, String partName, Path file, Type type, UploadProgress progress) {
        Request request;
        try {
            RequestBody filePart = new UploadBody(file, progress);
            MultipartBody multipart =
                    new MultipartBody.Builder()
                            .setType(MultipartBody.FORM)
                            .addFormDataPart(partName, file.getFileName().toString(), filePart)
                            .build();
            request = request(url).post(new OneShotBody(multipart)).build();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Cannot read the package file " + file + ": " + e.getMessage(), e);
        }
        try (Response response = call(request)) {
            return new Uploaded<>(response.code(), read(request, response, type));
        }
    }

    /**
     * Starts a GET without blocking the caller, for long polls: the future completes with the JSON
     * body or a {@link FreightClientException}; cancelling it cancels the call.
     *
     * @param readTimeout how long the server may hold the request before answering
     */
    public java.util.concurrent.CompletableFuture<com.fasterxml.jackson.databind.JsonNode> getAsync(
            HttpUrl url, java.time.Duration readTimeout) {
        Request request = request(url).get().build();
        okhttp3.Call call =
                http.newBuilder()
                        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build()
                        .newCall(request);
        var future =
                new java.util.concurrent.CompletableFuture<
                        com.fasterxml.jackson.databind.JsonNode>();
        future.whenComplete(
                (value, failure) -> {
                    if (future.isCancelled()) {
                        call.cancel();
                    }
                });
        call.enqueue(
                new okhttp3.Callback() {
                    @Override
                    public void onFailure(okhttp3.Call c, IOException e) {
                        future.completeExceptionally(errors.fromIOException(request, e));
                    }

                    @Override
                    public void onResponse(okhttp3.Call c, Response response) {
                        try (response) {
                            if (!response.isSuccessful()) {
                                future.completeExceptionally(
                                        errors.fromResponse(request, response));
                                return;
                            }
                            future.complete(
                                    read(
                                            request,
                                            response,
                                            com.fasterxml.jackson.databind.JsonNode.class));
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                    }
                });
        return future;
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder builder =
                new Request.Builder()
                        .url(url)
                        .header("Accept", "application/json")
                        .header("User-Agent", userAgent);
        if (apiKey != null) {
            builder.header(API_KEY_HEADER, apiKey);
        }
        return builder;
    }

    private RequestBody json(Object body) {
        try {
            return RequestBody.create(
                    mapper.writeValueAsBytes(body == null ? Map.of() : body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request as JSON.", e);
        }
    }

    private <T> T execute(Request request, Type type) {
        try (Response response = call(request)) {
            return read(request, response, type);
        }
    }

    /** Sends the request; returns only successful responses, maps everything else. */
    private Response call(Request request) {
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
        if (!response.isSuccessful()) {
            try (response) {
                throw errors.fromResponse(request, response);
            }
        }
        return response;
    }

    private <T> T read(Request request, Response response, Type type) {
        if (type == Void.class) {
            return null;
        }
        ResponseBody body = response.body();
        MediaType contentType = body.contentType();
        if (contentType != null
                && contentType.subtype().toLowerCase(Locale.ROOT).contains("html")) {
            throw errors.malformed(
                    request,
                    "it is an HTML page; check the server URL (HTTP " + response.code() + ").");
        }
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        try (InputStream in = body.byteStream()) {
            T value = mapper.readValue(in, javaType);
            if (value == null) {
                throw errors.malformed(request, "the body is empty.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw errors.malformed(
                    request, "the JSON is invalid (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "Transport[" + base + "]";
    }
}
