package io.jenkins.plugins.freight.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@link ServerBenchmark}, run as a separate process so its work and memory stay
 * out of the server's measurements.
 *
 * <ul>
 *   <li>{@code poll URL KEY RATE SECONDS}: GETs URL at a fixed rate (open loop: latency is counted
 *       from when each request was due, so a slow server cannot hide its delays) and prints
 *       percentiles.
 *   <li>{@code upload URL KEY MEBIBYTES}: streams a generated package of that size as a multipart
 *       upload and prints the status and time.
 * </ul>
 */
public final class LoadClient {

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .executor(Executors.newFixedThreadPool(8))
                        .build();
        if (args[0].equals("poll")) {
            poll(http, args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            upload(http, args[1], args[2], Long.parseLong(args[3]));
        }
        System.exit(0);
    }

    private static void poll(HttpClient http, String url, String key, int rate, int seconds)
            throws InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                        .header("X-Octopus-ApiKey", key)
                        .timeout(Duration.ofSeconds(10))
                        .build();
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicLong next = new AtomicLong();
        ticker.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    while (next.get() < total && start + next.get() * periodNanos <= now) {
                        int i = (int) next.getAndIncrement();
                        long due = start + i * periodNanos;
                        issued.incrementAndGet();
                        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                                .whenComplete(
                                        (response, error) -> {
                                            latencies[i] = System.nanoTime() - due;
                                            if (error != null || response.statusCode() != 200) {
                                                if (errors.incrementAndGet() == 1) {
                                                    System.out.println(
                                                            "first error: "
                                                                    + (error != null
                                                                            ? error
                                                                            : "HTTP "
                                                                                    + response
                                                                                            .statusCode()));
                                                }
                                            }
                                            done.countDown();
                                        });
                    }
                },
                0,
                Math.max(100_000, periodNanos / 2),
                TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        ticker.shutdownNow();
        Arrays.sort(latencies);
        System.out.printf(
                "poll requests=%d errors=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms"
                        + " p99.9=%.2fms max=%.2fms%n",
                total,
                errors.get(),
                total / (elapsed / 1e9),
                ms(latencies, 0.50),
                ms(latencies, 0.90),
                ms(latencies, 0.99),
                ms(latencies, 0.999),
                latencies[total - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]
                / 1e6;
    }

    private static void upload(HttpClient http, String url, String key, long mebibytes)
            throws IOException, InterruptedException {
        String boundary = "----FreightBenchmarkBoundary";
        byte[] head =
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\";"
                                + " filename=\"Big.1.0.0.zip\"\r\nContent-Type:"
                                + " application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long size = mebibytes * 1024 * 1024;
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                        .header("X-Octopus-ApiKey", key)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(
                                HttpRequest.BodyPublishers.fromPublisher(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new Generated(head, size, tail)),
                                        head.length + size + tail.length))
                        .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.printf(
                "upload bytes=%d status=%d seconds=%.1f%n",
                size, response.statusCode(), (System.nanoTime() - start) / 1e9);
    }

    /** head, then {@code size} bytes of a repeating pattern, then tail; nothing held in memory. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long size;
        private long position;

        Generated(byte[] head, long size, byte[] tail) {
            this.head = head;
            this.size = size;
            this.tail = tail;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = head.length + size + tail.length;
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                if (p < head.length) {
                    b[off + i] = head[(int) p];
                } else if (p < head.length + size) {
                    b[off + i] = (byte) ((p * 31) ^ (p >>> 13));
                } else {
                    b[off + i] = tail[(int) (p - head.length - size)];
                }
            }
            position += n;
            return n;
        }
    }
}
