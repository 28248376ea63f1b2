package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpHealthCheckStepTest {

    @TempDir Path dir;
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private TestStepContext context;

    @BeforeEach
    void setUp() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/health",
                exchange -> {
                    int n = calls.incrementAndGet();
                    byte[] body =
                            (n < 3 ? "starting" : "status: ok").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(n < 3 ? 503 : 200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.start();
        context = new TestStepContext(new LocalHostTarget("engine", dir), dir);
        context.with(
                        HttpHealthCheckStep.P + "Url",
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/health")
                .with(HttpHealthCheckStep.P + "IntervalSeconds", "0")
                .with(HttpHealthCheckStep.P + "ExpectedBody", "status: ok");
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    @Test
    void pollsUntilTheUrlAnswersAsExpected() throws Exception {
        assertThat(new HttpHealthCheckStep().execute(context).isSuccessful()).isTrue();
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void failsWhenTheAnswerNeverMatchesInTime() throws Exception {
        context.with(HttpHealthCheckStep.P + "ExpectedBody", "never")
                .with(HttpHealthCheckStep.P + "TimeoutSeconds", "1");
        StepOutcome outcome = new HttpHealthCheckStep().execute(context);
        assertThat(outcome.isSuccessful()).isFalse();
        assertThat(outcome.message()).contains("did not answer as expected within 1 seconds");
    }

    @Test
    void invalidUrlIsAClearFailure() throws Exception {
        context.with(HttpHealthCheckStep.P + "Url", "ftp://example");
        assertThat(new HttpHealthCheckStep().execute(context).message())
                .contains("must start with http");
    }
}
