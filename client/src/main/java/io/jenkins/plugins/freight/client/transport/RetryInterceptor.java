package io.jenkins.plugins.freight.client.transport;

import io.jenkins.plugins.freight.client.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries what is safe to repeat, with exponential backoff and jitter: idempotent requests on 408,
 * 429, 5xx and network failures; a non-idempotent POST only when the connection failed before the
 * request could be sent. TLS failures are never retried: they do not heal by waiting.
 */
final class RetryInterceptor implements Interceptor {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final RetryPolicy policy;
    private final RandomGenerator random;

    RetryInterceptor(RetryPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean idempotent = IDEMPOTENT.contains(request.method());
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (last || chain.call().isCanceled() || !retryable(e, idempotent)) {
                    throw e;
                }
                pause(policy.delayBefore(attempt + 1, random));
                continue;
            }
            if (last || !idempotent || !retryableStatus(response.code())) {
                return response;
            }
            Duration delay = retryAfter(response, policy.delayBefore(attempt + 1, random));
            response.close();
            pause(delay);
        }
    }

    static boolean retryableStatus(int code) {
        return code == 408 || code == 429 || code >= 500 && code <= 599 && code != 501;
    }

    private static boolean retryable(IOException e, boolean idempotent) {
        if (e instanceof SSLException) {
            return false;
        }
        if (e instanceof InterruptedIOException
                && !(e instanceof java.net.SocketTimeoutException)) {
            return false; // the caller's thread was interrupted: stop now
        }
        if (failedBeforeSending(e)) {
            return true;
        }
        return idempotent;
    }

    /** Failures that prove the request never left this machine. */
    private static boolean failedBeforeSending(IOException e) {
        return e instanceof ConnectException
                || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException;
    }

    private Duration retryAfter(Response response, Duration fallback) {
        String header = response.header("Retry-After");
        if (header == null) {
            return fallback;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(header.trim()));
            return asked.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : asked;
        } catch (NumberFormatException e) {
            return fallback; // an HTTP date: fall back to our own backoff
        }
    }

    private static void pause(Duration delay) throws InterruptedIOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted =
                    new InterruptedIOException("Interrupted while waiting to retry.");
            interrupted.initCause(e);
            throw interrupted;
        }
    }
}
