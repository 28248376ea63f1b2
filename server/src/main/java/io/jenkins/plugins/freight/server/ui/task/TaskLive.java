package io.jenkins.plugins.freight.server.ui.task;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.StateView;
import java.util.List;

/**
 * The part of the task page that updates itself while the task runs (template {@code
 * task/live.jte}, rendered inside the page and alone for polling): state, progress, the cancel
 * button and the activity tree. Once the task is finished the fragment stops polling.
 *
 * @param frame for the cancel form's token
 * @param liveHref where the fragment polls itself
 * @param state the task's state
 * @param finished the task reached a terminal state
 * @param progress 0-100
 * @param progressMessage what it is doing, or empty
 * @param timing when it started and how long it ran, or empty
 * @param errorMessage why it failed, or null
 * @param cancelAction where the cancel form posts, or null when cancelling is not offered
 * @param activity the root block's own lines and steps
 */
public record TaskLive(
        PageFrame frame,
        String liveHref,
        StateView state,
        boolean finished,
        int progress,
        String progressMessage,
        String timing,
        String errorMessage,
        String cancelAction,
        ActivityNode activity) {

    /** The CSS modifier of the progress bar. */
    public String barClass() {
        if (!finished) {
            return "bar";
        }
        return state.css().equals("success") ? "bar done" : "bar failed";
    }

    public List<ActivityNode> steps() {
        return activity == null ? List.of() : activity.children();
    }

    public List<LogLine> taskLines() {
        return activity == null ? List.of() : activity.lines();
    }
}
