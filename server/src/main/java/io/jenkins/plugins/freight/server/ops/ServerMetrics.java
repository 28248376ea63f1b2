package io.jenkins.plugins.freight.server.ops;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/**
 * The server's metrics in the Prometheus text format: request counts by status class, a request
 * latency histogram, and gauges the engine supplies (task queue depth, running tasks).
 */
public final class ServerMetrics {

    private static final double[] BUCKETS = {
        0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    private record Gauge(String help, DoubleSupplier value) {}

    private final Map<String, LongAdder> requestsByStatus = new ConcurrentHashMap<>();
    private final AtomicLongArray bucketCounts = new AtomicLongArray(BUCKETS.length);
    private final LongAdder durationNanos = new LongAdder();
    private final LongAdder count = new LongAdder();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    /** Adds a gauge, e.g. {@code freight_tasks_queued}; the supplier is asked at every scrape. */
    public void gauge(String name, String help, DoubleSupplier value) {
        if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
            throw new IllegalArgumentException("Not a metric name: " + name);
        }
        gauges.put(name, new Gauge(help, value));
    }

    /**
     * Records one finished request; requests held on purpose (long polls) count but stay out of the
     * latency histogram.
     */
    public void observe(int status, long nanos, boolean latency) {
        requestsByStatus.computeIfAbsent((status / 100) + "xx", k -> new LongAdder()).increment();
        if (!latency) {
            return;
        }
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts.incrementAndGet(i);
            }
        }
        durationNanos.add(nanos);
        count.increment();
    }

    /** Everything, in the Prometheus text exposition format 0.0.4. */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP freight_http_requests_total HTTP requests answered, by status class.\n")
                .append("# TYPE freight_http_requests_total counter\n");
        requestsByStatus.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e ->
                                out.append("freight_http_requests_total{status=\"")
                                        .append(e.getKey())
                                        .append("\"} ")
                                        .append(e.getValue().sum())
                                        .append('\n'));
        out.append("# HELP freight_http_request_duration_seconds Time to answer an HTTP request.\n")
                .append("# TYPE freight_http_request_duration_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("freight_http_request_duration_seconds_bucket{le=\"")
                    .append(number(BUCKETS[i]))
                    .append("\"} ")
                    .append(bucketCounts.get(i))
                    .append('\n');
        }
        long total = count.sum();
        out.append("freight_http_request_duration_seconds_bucket{le=\"+Inf\"} ")
                .append(total)
                .append('\n')
                .append("freight_http_request_duration_seconds_sum ")
                .append(number(durationNanos.sum() / 1e9))
                .append('\n')
                .append("freight_http_request_duration_seconds_count ")
                .append(total)
                .append('\n');
        gauges.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            double value;
                            try {
                                value = e.getValue().value().getAsDouble();
                            } catch (RuntimeException unavailable) {
                                return;
                            }
                            out.append("# HELP ")
                                    .append(e.getKey())
                                    .append(' ')
                                    .append(e.getValue().help())
                                    .append('\n')
                                    .append("# TYPE ")
                                    .append(e.getKey())
                                    .append(" gauge\n")
                                    .append(e.getKey())
                                    .append(' ')
                                    .append(number(value))
                                    .append('\n');
                        });
        return out.toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
