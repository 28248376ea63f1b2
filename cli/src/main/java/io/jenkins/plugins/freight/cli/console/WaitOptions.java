package io.jenkins.plugins.freight.cli.console;

import io.jenkins.plugins.freight.client.actions.AwaitOptions;
import io.jenkins.plugins.freight.client.actions.DurationText;
import picocli.CommandLine.Option;

/** How to wait for deployments or tasks. */
public final class WaitOptions {

    @Option(
            names = "--wait",
            description =
                    "Wait for the deployments to finish, streaming their log; exit 1 if one fails")
    boolean waitForIt;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description =
                    "Stop waiting after this long (90s, 10m, 36h, PT2H; no 24-hour cap); implies --wait")
    String timeout;

    @Option(
            names = "--cancel-on-timeout",
            description = "Cancel what still runs when the timeout passes")
    boolean cancelOnTimeout;

    @Option(
            names = "--no-cancel-on-abort",
            description = "Leave the tasks running when waiting is interrupted (Ctrl-C)")
    boolean keepOnAbort;

    @Option(names = "--no-log", description = "Do not stream the task log while waiting")
    boolean noLog;

    /** The await options, or {@code null} when the user did not ask to wait. */
    public AwaitOptions awaitOptions(boolean waitAnyway) {
        if (!waitAnyway && !waitForIt && timeout == null) {
            if (cancelOnTimeout) {
                throw new UsageException("--cancel-on-timeout needs --timeout.");
            }
            return null;
        }
        if (cancelOnTimeout && timeout == null) {
            throw new UsageException("--cancel-on-timeout needs --timeout.");
        }
        return AwaitOptions.defaults()
                .withTimeout(timeout == null ? null : DurationText.parse(timeout), cancelOnTimeout)
                .withCancelOnAbort(!keepOnAbort)
                .withStreamLog(!noLog);
    }
}
