package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code Freight.HttpHealthCheck} (Octopus has no built-in action type for it): polls a URL from
 * the engine until it answers with the expected status code (default 200) and, when given, a body
 * matching a regular expression, or fails when the timeout (default 60 s) passes. Properties under
 * {@code Freight.Action.HttpHealthCheck.}: {@code Url}, {@code ExpectedStatusCode}, {@code
 * ExpectedBody}, {@code TimeoutSeconds}, {@code IntervalSeconds} (default 2).
 */
public final class HttpHealthCheckStep implements StepKind {

    public static final String ACTION_TYPE = "Freight.HttpHealthCheck";
    static final String P = "Freight.Action.HttpHealthCheck.";

    private final HttpClient client =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();

    @Override
    public String actionType() {
        return ACTION_TYPE;
    }

    @Override
    public boolean runsOnEngine() {
        return true;
    }

    @Override
    public StepOutcome execute(StepContext context) throws InterruptedException {
        String url = context.property(P + "Url").orElse("").trim();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed("'" + url + "' is not a valid URL.");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())
                && !"https".equalsIgnoreCase(uri.getScheme())) {
            return StepOutcome.failed("The health check URL must start with http:// or https://.");
        }
        Pattern body;
        try {
            body =
                    context.property(P + "ExpectedBody")
                            .filter(s -> !s.isEmpty())
                            .map(Pattern::compile)
                            .orElse(null);
        } catch (PatternSyntaxException e) {
            return StepOutcome.failed("The expected body is not a valid regular expression.");
        }
        int status = number(context, "ExpectedStatusCode", 200);
        Duration timeout = Duration.ofSeconds(number(context, "TimeoutSeconds", 60));
        Duration interval =
                Duration.ofMillis(Math.max(100, number(context, "IntervalSeconds", 2) * 1000L));
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response =
                        client.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(interval.plusSeconds(10))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                boolean statusOk = response.statusCode() == status;
                boolean bodyOk = body == null || body.matcher(response.body()).find();
                if (statusOk && bodyOk) {
                    context.log(
                            OutputCategory.INFO,
                            url
                                    + " answered "
                                    + response.statusCode()
                                    + " (attempt "
                                    + attempt
                                    + ").");
                    return StepOutcome.succeeded();
                }
                last = "status " + response.statusCode() + (statusOk ? ", body did not match" : "");
            } catch (IOException e) {
                last =
                        e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            context.log(OutputCategory.VERBOSE, "Attempt " + attempt + ": " + last);
            if (System.nanoTime() + interval.toNanos() - deadline > 0) {
                return StepOutcome.failed(
                        url
                                + " did not answer as expected within "
                                + timeout.toSeconds()
                                + " seconds (last: "
                                + last
                                + ").");
            }
            Thread.sleep(interval.toMillis());
        }
    }

    private static int number(StepContext context, String name, int fallback) {
        try {
            return Integer.parseInt(
                    context.property(P + name).orElse(String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
