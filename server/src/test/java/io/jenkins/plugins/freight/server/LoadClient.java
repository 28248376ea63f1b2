package io.jenkins.plugins.freight.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The client side of {@link ServerBenchmark}, run as a separate process so its work and memory stay
 * out of the server's measurements.
 *
 * <ul>
 *   <li>{@code poll URL KEY RATE SECONDS}: GETs URL at a fixed rate over 16 keep-alive connections
 *       ({@code -Dconnections=N} for another number) (open loop: latency is counted from when each
 *       request was due, so a slow server cannot hide its delays) and prints percentiles and the
 *       client's own CPU time.
 *   <li>{@code warm URL KEY SECONDS}: GETs URL as fast as 4 connections allow, so the server's
 *       just-in-time compiler is done before a measurement.
 *   <li>{@code upload URL KEY MEBIBYTES}: streams a generated package of that size as a multipart
 *       upload and prints the status and time.
 * </ul>
 */
public final class LoadClient {

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("poll")) {
            poll(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else if (args[0].equals("warm")) {
            warm(args[1], args[2], Integer.parseInt(args[3]));
        } else {
            HttpClient http =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5))
                            .build();
            upload(http, args[1], args[2], Long.parseLong(args[3]));
        }
        System.exit(0);
    }

    /**
     * Open loop at a fixed rate, the way wrk2 does it: request {@code i} is due at {@code start + i
     * / rate}; whichever of the keep-alive connections is free sends it at its due time (or as soon
     * as one is free, when all are busy), and its latency counts from when it was due. The
     * connections are plain sockets speaking HTTP/1.1, so the client costs little CPU next to the
     * server it measures on the same cores.
     */
    private static void poll(String url, String key, int rate, int seconds) throws Exception {
        URI uri = URI.create(url);
        byte[] request = request(uri, key);
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long periodNanos = 1_000_000_000L / rate;
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread worker =
                    new Thread(
                            () -> {
                                Connection connection = null;
                                for (int i = next.getAndIncrement();
                                        i < total;
                                        i = next.getAndIncrement()) {
                                    long due = start + i * periodNanos;
                                    long wait;
                                    while ((wait = due - System.nanoTime()) > 0) {
                                        LockSupport.parkNanos(wait);
                                    }
                                    try {
                                        if (connection == null) {
                                            connection = new Connection(uri);
                                        }
                                        int status = connection.exchange(request, bytes);
                                        if (status != 200) {
                                            error(errors, "HTTP " + status);
                                        }
                                    } catch (IOException e) {
                                        error(errors, e.toString());
                                        if (connection != null) {
                                            connection.close();
                                        }
                                        connection = null;
                                    }
                                    latencies[i] = System.nanoTime() - due;
                                }
                                if (connection != null) {
                                    connection.close();
                                }
                            },
                            "poll-" + c);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuBefore;
        Arrays.sort(latencies);
        System.out.printf(
                "poll requests=%d errors=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms"
                        + " p99.9=%.2fms max=%.2fms bytes/answer=%d client-cpu/request=%.3fms%n",
                total,
                errors.get(),
                total / (elapsed / 1e9),
                ms(latencies, 0.50),
                ms(latencies, 0.90),
                ms(latencies, 0.99),
                ms(latencies, 0.999),
                latencies[total - 1] / 1e6,
                bytes.get() / Math.max(1, total - errors.get()),
                cpu / 1e6 / total);
    }

    /** Closed loop for a while: each of 4 connections sends its next request on each answer. */
    private static void warm(String url, String key, int seconds) throws Exception {
        URI uri = URI.create(url);
        byte[] request = request(uri, key);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong answers = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Thread worker =
                    new Thread(
                            () -> {
                                Connection connection = null;
                                while (System.nanoTime() < end) {
                                    try {
                                        if (connection == null) {
                                            connection = new Connection(uri);
                                        }
                                        connection.exchange(request, bytes);
                                        answers.incrementAndGet();
                                    } catch (IOException e) {
                                        if (connection != null) {
                                            connection.close();
                                        }
                                        connection = null;
                                    }
                                }
                                if (connection != null) {
                                    connection.close();
                                }
                            },
                            "warm-" + c);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf(
                "warm answers=%d (%.0f/s)%n", answers.get(), answers.get() / (double) seconds);
    }

    private static byte[] request(URI uri, String key) {
        return ("GET "
                        + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + " HTTP/1.1\r\nHost: "
                        + uri.getHost()
                        + ":"
                        + uri.getPort()
                        + "\r\nX-Octopus-ApiKey: "
                        + key
                        + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Keep-alive connections of the poll: enough that a short pause of the server does not hold
     * back requests that are due (their latency would count it anyway).
     */
    private static final int CONNECTIONS = Integer.getInteger("connections", 16);

    private static void error(AtomicInteger errors, String what) {
        if (errors.incrementAndGet() == 1) {
            System.out.println("first error: " + what);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One keep-alive HTTP/1.1 connection: sends a request, reads the whole answer. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];

        Connection(URI uri) throws IOException {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        /** The status; the body is read and dropped, its size added to {@code bytes}. */
        int exchange(byte[] request, AtomicLong bytes) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("Not an HTTP/1.1 answer: " + status);
            }
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(line().strip(), 16);
                        chunk > 0;
                        chunk = Long.parseLong(line().strip(), 16)) {
                    skip(chunk, bytes);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length, bytes);
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        private void skip(long length, AtomicLong bytes) throws IOException {
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("The answer ended early");
                }
                left -= n;
            }
            bytes.addAndGet(length);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("The connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection of a finished or failed poll
            }
        }
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
