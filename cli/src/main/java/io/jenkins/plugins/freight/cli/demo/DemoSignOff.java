package io.jenkins.plugins.freight.cli.demo;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.interruption.Interruption;
import io.jenkins.plugins.freight.client.interruption.InterruptionAnswer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Signs off the demo's Test deployment the way a person entitled to would: it waits until the
 * deployment asks, takes responsibility for the interruption and submits Proceed, all through the
 * client's interruptions API with the administrator's key.
 */
final class DemoSignOff implements Runnable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final FreightClient client;
    private final PrintWriter out;
    private final Duration patience;

    DemoSignOff(FreightClient client, PrintWriter out, Duration patience) {
        this.client = client;
        this.out = out;
        this.patience = patience;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                List<Interruption> pending = client.interruptions().pending();
                if (!pending.isEmpty()) {
                    proceed(pending.get(0));
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

    private void proceed(Interruption interruption) throws InterruptedException {
        String title = interruption.title() == null ? "" : interruption.title();
        say(
                "Waiting for sign-off ("
                        + interruption.id()
                        + "): \""
                        + title
                        + "\". Taking responsibility as the administrator and proceeding.");
        Thread.sleep(1000);
        client.interruptions().takeResponsibility(interruption.id());
        client.interruptions()
                .submit(
                        interruption.id(),
                        InterruptionAnswer.proceed("Signed off by the freight demo."));
        say("Signed off: Proceed.");
    }

    private void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
