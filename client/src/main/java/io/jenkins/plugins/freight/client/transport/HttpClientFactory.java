package io.jenkins.plugins.freight.client.transport;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.ProxySettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client of a transport: timeouts, retries, request log, proxy, TLS. */
final class HttpClientFactory {

    private HttpClientFactory() {}

    static OkHttpClient create(
            ConnectionSettings settings, Consumer<String> requestLog, Redactor redactor) {
        OkHttpClient.Builder builder =
                new OkHttpClient.Builder()
                        .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .followRedirects(true)
                        .addInterceptor(
                                new RetryInterceptor(
                                        settings.retry(), RandomGenerator.getDefault()));
        if (requestLog != null) {
            builder.addInterceptor(new RequestLogInterceptor(requestLog, redactor));
        }
        applyProxy(settings.proxy(), builder);
        TlsConfiguration.apply(settings.tls(), builder);
        return builder.build();
    }

    private static void applyProxy(ProxySettings proxy, OkHttpClient.Builder builder) {
        if (proxy == null) {
            return;
        }
        builder.proxy(
                new Proxy(
                        Proxy.Type.HTTP,
                        InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
        if (proxy.hasCredentials()) {
            String credentials =
                    Credentials.basic(
                            proxy.username(), proxy.password() == null ? "" : proxy.password());
            builder.proxyAuthenticator(
                    (route, response) ->
                            response.request().header("Proxy-Authorization") != null
                                    ? null
                                    : response.request()
                                            .newBuilder()
                                            .header("Proxy-Authorization", credentials)
                                            .build());
        }
    }
}
