package io.jenkins.plugins.freight.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * Signs off the demo's Test deployment the way a person entitled to would: it waits until the
 * deployment asks, takes responsibility for the interruption and submits Proceed, all through the
 * REST interruptions API with the administrator's key.
 */
final class DemoSignOff implements Runnable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final DemoRest rest;
    private final PrintWriter out;
    private final Duration patience;

    DemoSignOff(DemoRest rest, PrintWriter out, Duration patience) {
        this.rest = rest;
        this.out = out;
        this.patience = patience;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode items =
                        rest.get(DemoSpace.SPACE + "/interruptions?pendingOnly=true").get("Items");
                if (items != null && !items.isEmpty()) {
                    proceed(items.get(0));
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            say("Sign-off failed: " + e.getMessage());
        }
    }

    private void proceed(JsonNode interruption) throws InterruptedException {
        String id = interruption.get("Id").asText();
        String path = DemoSpace.SPACE + "/interruptions/" + id;
        say(
                "Waiting for sign-off ("
                        + id
                        + "): \""
                        + interruption.path("Title").asText("")
                        + "\". Taking responsibility as the administrator and proceeding.");
        Thread.sleep(1000);
        rest.put(path + "/responsible", Map.of());
        rest.post(
                path + "/submit",
                Map.of("Notes", "Signed off by the freight demo.", "Result", "Proceed"));
        say("Signed off: Proceed.");
    }

    private void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
