package io.jenkins.plugins.freight.client.transport;

import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Writes one line per attempt: method, address, status and time. Never headers or bodies, so the
 * API key cannot reach the log; whatever is written is passed through the redactor all the same.
 */
final class RequestLogInterceptor implements Interceptor {

    private final Consumer<String> log;
    private final Redactor redactor;

    RequestLogInterceptor(Consumer<String> log, Redactor redactor) {
        this.log = log;
        this.redactor = redactor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        String what = request.method() + " " + request.url();
        try {
            Response response = chain.proceed(request);
            log.accept(
                    redactor.redact(what + " -> " + response.code() + " (" + ms(start) + " ms)"));
            return response;
        } catch (IOException e) {
            log.accept(
                    redactor.redact(
                            what
                                    + " -> "
                                    + e.getClass().getSimpleName()
                                    + ": "
                                    + e.getMessage()
                                    + " ("
                                    + ms(start)
                                    + " ms)"));
            throw e;
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
