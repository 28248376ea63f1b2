package io.jenkins.plugins.freight.cli.console;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (JVM shutdown) into an interruption of the waiting thread, and gives it a few
 * seconds to cancel its tasks before the JVM exits.
 */
public final class AbortOnShutdown {

    private static final long GRACE_SECONDS = 15;

    private AbortOnShutdown() {}

    public static <T> T run(Callable<T> work) throws Exception {
        Thread worker = Thread.currentThread();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook =
                new Thread(
                        () -> {
                            worker.interrupt();
                            try {
                                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "freight-abort");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.call();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it only waits for done
            }
        }
    }
}
