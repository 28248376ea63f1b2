package io.jenkins.plugins.freight.client.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.error.NetworkException;
import io.jenkins.plugins.freight.client.task.ServerTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.HttpUrl;

/**
 * Freight's live following: one long poll per pending task on the server's {@code
 * FreightTaskFollow} link ({@code .../tasks/{id}/follow?after=VERSION&timeout=SECONDS}), returning
 * as soon as any task's version moves. When the extension answers with anything unexpected (an
 * error, no version), waiting falls back to polling for the rest of the wait; a server that cannot
 * be reached for now is reported to the caller, which retries.
 */
final class FollowingWaiter implements ChangeWaiter {

    /** The longest one long poll is held; the server may cap it lower. */
    static final Duration MAX_HOLD = Duration.ofSeconds(30);

    private static final Duration MIN_ROUND = Duration.ofMillis(200);

    private final FreightClient client;
    private final String template;
    private final PollingWaiter fallback;
    private final Map<String, Long> versions = new HashMap<>();
    private boolean broken;

    FollowingWaiter(FreightClient client, String template, PollingWaiter fallback) {
        this.client = client;
        this.template = template;
        this.fallback = fallback;
    }

    @Override
    public void await(List<ServerTask> pending, boolean sawChange, Duration maxWait)
            throws InterruptedException {
        if (broken) {
            fallback.await(pending, sawChange, maxWait);
            return;
        }
        long start = System.nanoTime();
        Duration hold = maxWait.compareTo(MAX_HOLD) < 0 ? maxWait : MAX_HOLD;
        long seconds = Math.max(1, hold.toSeconds());
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ServerTask task : pending) {
            ids.add(task.id());
            calls.add(
                    client.transport()
                            .getAsync(url(task.id(), seconds), Duration.ofSeconds(seconds + 15)));
        }
        try {
            CompletableFuture.anyOf(calls.toArray(CompletableFuture[]::new))
                    .get(seconds + 20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FreightClientException failure && unreachable(failure)) {
                throw failure; // the server is away for now (restarting?): the caller retries
            }
            broken = true;
        } catch (TimeoutException e) {
            broken = true;
        } finally {
            calls.forEach(c -> c.cancel(true));
        }
        boolean moved = record(ids, calls);
        if (broken) {
            fallback.await(pending, sawChange, remaining(maxWait, start));
        } else if (!moved) {
            pause(MIN_ROUND.minusNanos(System.nanoTime() - start));
        }
    }

    /** No answer, or a gateway's "not there right now": the server is away, not broken. */
    private static boolean unreachable(FreightClientException failure) {
        int status = failure.statusCode();
        return failure instanceof NetworkException
                || status == 502
                || status == 503
                || status == 504;
    }

    private boolean record(List<String> ids, List<CompletableFuture<JsonNode>> calls) {
        boolean moved = false;
        for (int i = 0; i < calls.size(); i++) {
            CompletableFuture<JsonNode> call = calls.get(i);
            if (!call.isDone() || call.isCompletedExceptionally()) {
                continue;
            }
            Long version = version(call.join());
            if (version == null) {
                broken = true;
                continue;
            }
            Long before = versions.put(ids.get(i), version);
            moved |= before == null || version > before;
        }
        return moved;
    }

    private HttpUrl url(String taskId, long seconds) {
        String path = template.replace("{id}", encode(taskId));
        return client.transport()
                .link(path)
                .newBuilder()
                .addQueryParameter("after", String.valueOf(versions.getOrDefault(taskId, 0L)))
                .addQueryParameter("timeout", String.valueOf(seconds))
                .build();
    }

    private static Long version(JsonNode body) {
        for (JsonNode node : new JsonNode[] {body, body.path("Task")}) {
            for (String name : new String[] {"Version", "FreightVersion"}) {
                JsonNode value = node.path(name);
                if (value.isIntegralNumber()) {
                    return value.asLong();
                }
            }
        }
        return null;
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static Duration remaining(Duration maxWait, long start) {
        Duration left = maxWait.minusNanos(System.nanoTime() - start);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void pause(Duration d) throws InterruptedException {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis());
        }
    }
}
