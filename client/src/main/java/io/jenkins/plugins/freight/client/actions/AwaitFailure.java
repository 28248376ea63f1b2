package io.jenkins.plugins.freight.client.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one sentence that says why awaited tasks did not all succeed. */
final class AwaitFailure {

    private AwaitFailure() {}

    static Optional<String> check(
            AwaitResult result, Map<String, String> labels, AwaitOptions options) {
        if (result.timedOut()) {
            List<String> open = new ArrayList<>();
            for (AwaitResult.TaskOutcome task : result.tasks()) {
                if (!task.state().isTerminal()
                        || task.state()
                                == io.jenkins.plugins.freight.client.task.TaskState.CANCELED) {
                    open.add(name(task, labels) + " (" + task.state().wireName() + ")");
                }
            }
            return Optional.of(
                    "Gave up waiting after "
                            + DurationText.format(options.timeout())
                            + " for "
                            + String.join(", ", open)
                            + (options.cancelOnTimeout()
                                    ? "; the tasks were asked to cancel."
                                    : "; the tasks go on running on the server."));
        }
        List<String> problems = new ArrayList<>();
        for (AwaitResult.TaskOutcome task : result.tasks()) {
            if (!task.state().isSuccessful()) {
                String verb =
                        switch (task.state()) {
                            case CANCELED -> "was canceled";
                            case TIMED_OUT -> "timed out on the server";
                            default -> "failed";
                        };
                String error =
                        task.errorMessage() == null || task.errorMessage().isBlank()
                                ? ""
                                : ": " + task.errorMessage().strip();
                problems.add(name(task, labels) + " " + verb + error);
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                String.join("; ", problems)
                        + (problems.get(problems.size() - 1).endsWith(".") ? "" : "."));
    }

    private static String name(AwaitResult.TaskOutcome task, Map<String, String> labels) {
        String label = labels.get(task.taskId());
        String what = label != null ? label : task.description();
        return what == null ? task.taskId() : what + " (" + task.taskId() + ")";
    }
}
