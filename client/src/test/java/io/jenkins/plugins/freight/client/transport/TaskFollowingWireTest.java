package io.jenkins.plugins.freight.client.transport;

import static io.jenkins.plugins.freight.client.transport.WireTestSupport.SPACES;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.json;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.AwaitAction;
import io.jenkins.plugins.freight.client.actions.AwaitOptions;
import io.jenkins.plugins.freight.client.actions.AwaitResult;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.client.task.TaskState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wire side of waiting: a long poll held open by the server, a fallback to polling when the
 * extension answers badly, and an interrupted waiter that drops its held request and cancels the
 * task. Each answer below is the minimum the Octopus contract defines for the requests involved.
 */
class TaskFollowingWireTest {

    private static final String ROOT_WITH_FOLLOW =
            """
            {"Application":"Octopus Deploy","Version":"2024.1.5512","ApiVersion":"3.0.0",
             "Links":{"Self":"/api","FreightTaskFollow":"/api/tasks/{id}/follow{?after,timeout}"}}
            """;
    private static final String ROOT_PLAIN =
            "{\"Application\":\"Octopus Deploy\",\"Version\":\"2024.1.5512\",\"ApiVersion\":\"3.0.0\",\"Links\":{}}";

    private MockWebServer server;
    private final AtomicReference<String> state = new AtomicReference<>("Executing");
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch followHeld = new CountDownLatch(1);
    private volatile String root = ROOT_WITH_FOLLOW;
    private volatile int followStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(
                new Dispatcher() {
                    @Override
                    public MockResponse dispatch(RecordedRequest request)
                            throws InterruptedException {
                        return answer(request);
                    }
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        requests.add(
                request.getMethod()
                        + " "
                        + path
                        + (request.getUrl().query() == null ? "" : "?" + request.getUrl().query()));
        if (path.equals("/api")) {
            return json(root);
        }
        if (path.equals("/api/spaces/all")) {
            return json(SPACES);
        }
        if (path.equals("/api/Spaces-1/tasks")) {
            return json("{\"Items\":[" + task() + "]}");
        }
        if (path.endsWith("/details")) {
            return json("{\"Task\":" + task() + ",\"ActivityLogs\":[]}");
        }
        if (path.endsWith("/cancel")) {
            state.set("Canceled");
            return json(task());
        }
        if (path.endsWith("/follow")) {
            if (followStatus != 200) {
                return json(followStatus, "{\"ErrorMessage\":\"no such extension\"}");
            }
            long after = Long.parseLong(request.getUrl().queryParameter("after"));
            if (after == 0) {
                return json("{\"Id\":\"ServerTasks-1\",\"Version\":5}");
            }
            followHeld.countDown();
            return new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", "application/json")
                    .headersDelay(300, TimeUnit.MILLISECONDS)
                    .body("{\"Id\":\"ServerTasks-1\",\"Version\":6}")
                    .build();
        }
        return json(404, "{\"ErrorMessage\":\"nothing at " + path + "\"}");
    }

    private String task() {
        String s = state.get();
        boolean done = !s.equals("Executing");
        return "{\"Id\":\"ServerTasks-1\",\"Description\":\"Deploy to Dev\",\"State\":\""
                + s
                + "\",\"IsCompleted\":"
                + done
                + ",\"Links\":{\"Web\":\"/app#/Spaces-1/tasks/ServerTasks-1\"}}";
    }

    private AwaitOptions slowPolling() {
        return AwaitOptions.defaults()
                .withPollIntervals(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aHeldFollowRequestWakesTheWaiterWithoutWaitingForThePollInterval() throws Exception {
        try (FreightClient client = FreightClient.create(settings(server))) {
            Thread finisher =
                    new Thread(
                            () -> {
                                try {
                                    followHeld.await(5, TimeUnit.SECONDS);
                                    state.set("Success");
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
            finisher.start();
            long start = System.nanoTime();
            AwaitResult result =
                    new AwaitAction(client, ProgressListener.silent())
                            .await(List.of("ServerTasks-1"), slowPolling());
            assertThat(result.tasks().get(0).state()).isEqualTo(TaskState.SUCCESS);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(Duration.ofSeconds(4));
            assertThat(result.tasks().get(0).webUrl())
                    .endsWith("/app#/Spaces-1/tasks/ServerTasks-1");
        }
        assertThat(requests)
                .anyMatch(
                        r -> r.startsWith("GET /api/tasks/ServerTasks-1/follow?after=5&timeout="));
    }

    @Test
    void aFollowExtensionThatFailsFallsBackToPolling() throws Exception {
        followStatus = 404;
        try (FreightClient client = FreightClient.create(settings(server))) {
            Thread finisher =
                    new Thread(
                            () -> {
                                await().until(
                                                () ->
                                                        requests.stream()
                                                                .anyMatch(
                                                                        r ->
                                                                                r.contains(
                                                                                        "/follow")));
                                state.set("Success");
                            });
            finisher.start();
            AwaitResult result =
                    new AwaitAction(client, ProgressListener.silent())
                            .await(
                                    List.of("ServerTasks-1"),
                                    AwaitOptions.defaults()
                                            .withPollIntervals(
                                                    Duration.ofMillis(50), Duration.ofMillis(100)));
            assertThat(result.isSuccessful()).isTrue();
        }
    }

    @Test
    void withoutTheExtensionTheWaiterPollsTheTaskList() throws Exception {
        root = ROOT_PLAIN;
        try (FreightClient client = FreightClient.create(settings(server))) {
            Thread finisher =
                    new Thread(
                            () -> {
                                await().until(
                                                () ->
                                                        requests.stream()
                                                                        .filter(
                                                                                r ->
                                                                                        r
                                                                                                .startsWith(
                                                                                                        "GET /api/Spaces-1/tasks?"))
                                                                        .count()
                                                                >= 3);
                                state.set("Success");
                            });
            finisher.start();
            AwaitResult result =
                    new AwaitAction(client, ProgressListener.silent())
                            .await(
                                    List.of("ServerTasks-1"),
                                    AwaitOptions.defaults()
                                            .withPollIntervals(
                                                    Duration.ofMillis(20), Duration.ofMillis(40)));
            assertThat(result.isSuccessful()).isTrue();
        }
        assertThat(requests).noneMatch(r -> r.contains("/follow"));
        assertThat(requests).anyMatch(r -> r.contains("ids=ServerTasks-1"));
    }

    @Test
    void interruptingTheWaiterDropsTheHeldRequestAndCancelsTheTask() throws Exception {
        try (FreightClient client = FreightClient.create(settings(server))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread waiter =
                    new Thread(
                            () -> {
                                try {
                                    new AwaitAction(client, ProgressListener.silent())
                                            .await(List.of("ServerTasks-1"), slowPolling());
                                } catch (Throwable t) {
                                    thrown.set(t);
                                }
                            });
            waiter.start();
            assertThat(followHeld.await(5, TimeUnit.SECONDS)).isTrue();
            waiter.interrupt();
            waiter.join(5000);
            assertThat(waiter.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        }
        assertThat(requests).contains("POST /api/Spaces-1/tasks/ServerTasks-1/cancel");
        assertThat(state.get()).isEqualTo("Canceled");
    }
}
