package io.jenkins.plugins.freight.server.ui.task;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionsView;

/**
 * The task page: what the task is, its live part and the interventions it waits for.
 *
 * @param taskId {@code ServerTasks-N}
 * @param description one line, e.g. "Deploy Random Quotes release 1.0.0 to Test"
 * @param live state, progress and activity, updated by polling
 * @param interventions pending questions, updated by polling while none is shown
 */
public record TaskPage(
        PageFrame frame,
        String taskId,
        String description,
        TaskLive live,
        InterventionsView interventions) {}
