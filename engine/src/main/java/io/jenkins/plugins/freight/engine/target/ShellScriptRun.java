package io.jenkins.plugins.freight.engine.target;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A script run on a {@link ShellHost}: writes the scratch files, starts the bootstrap in its own
 * process group, feeds output through the {@link ScriptOutputProcessor}, enforces the timeout,
 * kills the group on cancel, and removes the scratch directory at the end.
 */
final class ShellScriptRun implements RunningScript {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration DRAIN = Duration.ofSeconds(5);
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(30);

    private final ShellHost host;
    private final ScriptRequest request;
    private final ScriptOutputProcessor output;
    private final String scratch;
    private final long deadlineNanos;
    private volatile boolean cancelRequested;
    private RunningCommand command;

    private ShellScriptRun(
            ShellHost host, ScriptRequest request, ScriptListener listener, String scratch) {
        this.host = host;
        this.request = request;
        this.output = new ScriptOutputProcessor(request.masker(), listener);
        this.scratch = scratch;
        this.deadlineNanos =
                request.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
    }

    /** Writes the scratch files and starts the script. */
    static ShellScriptRun start(ShellHost host, ScriptRequest request, ScriptListener listener)
            throws IOException {
        String scratch = host.workRoot() + "/" + UUID.randomUUID();
        ShellScriptRun run = new ShellScriptRun(host, request, listener, scratch);
        host.writeFiles(scratch, ScriptBootstrap.files(request, scratch));
        try {
            run.command =
                    host.exec(
                            ScriptBootstrap.command(request.syntax(), scratch),
                            new LineSplitter(run.output::stdout),
                            new LineSplitter(run.output::stderr));
        } catch (IOException | RuntimeException e) {
            run.removeScratch();
            throw e;
        }
        return run;
    }

    @Override
    public ScriptResult await() throws InterruptedException {
        try {
            ScriptOutcome stopped = null;
            OptionalInt exit = OptionalInt.empty();
            while (exit.isEmpty()) {
                exit = command.await(POLL);
                if (exit.isPresent()) {
                    break;
                }
                if (cancelRequested) {
                    stopped = ScriptOutcome.CANCELED;
                } else if (System.nanoTime() - deadlineNanos > 0) {
                    stopped = ScriptOutcome.TIMED_OUT;
                }
                if (stopped != null) {
                    exit = kill();
                    break;
                }
            }
            command.drain(DRAIN);
            return result(stopped, exit);
        } catch (InterruptedException e) {
            kill();
            throw e;
        } finally {
            removeScratch();
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    private ScriptResult result(ScriptOutcome stopped, OptionalInt exit) {
        int code = exit.orElse(-1);
        ScriptOutcome outcome;
        if (stopped == ScriptOutcome.TIMED_OUT) {
            output.note(
                    OutputCategory.ERROR,
                    "The script did not finish within "
                            + request.timeout().orElseThrow().toSeconds()
                            + " seconds and was stopped.");
            outcome = stopped;
        } else if (stopped == ScriptOutcome.CANCELED) {
            output.note(OutputCategory.WARNING, "The script was canceled.");
            outcome = stopped;
        } else {
            outcome = code == 0 ? ScriptOutcome.SUCCEEDED : ScriptOutcome.FAILED;
        }
        return new ScriptResult(
                outcome, code, output.variables(), output.artifacts(), output.failureMessage());
    }

    private OptionalInt kill() throws InterruptedException {
        signal("TERM");
        OptionalInt exit = command.await(GRACE);
        if (exit.isEmpty()) {
            signal("KILL");
            exit = command.await(GRACE);
        }
        if (exit.isEmpty()) {
            command.forceClose();
        }
        return OptionalInt.empty();
    }

    private void signal(String signal) throws InterruptedException {
        try {
            host.run(ScriptBootstrap.killCommand(scratch, signal), HOUSEKEEPING);
        } catch (IOException e) {
            output.note(
                    OutputCategory.WARNING,
                    "Could not signal the script's processes: " + e.getMessage());
        }
    }

    private void removeScratch() {
        try {
            host.run("rm -rf " + ScriptBootstrap.quote(scratch), HOUSEKEEPING);
        } catch (IOException e) {
            output.note(
                    OutputCategory.WARNING,
                    "Could not remove the script's scratch directory: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
