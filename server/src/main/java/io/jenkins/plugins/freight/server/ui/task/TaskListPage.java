package io.jenkins.plugins.freight.server.ui.task;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.StateView;
import java.util.List;

/** The newest tasks of the space. */
public record TaskListPage(PageFrame frame, List<TaskListPage.Line> tasks) {

    public TaskListPage {
        tasks = List.copyOf(tasks);
    }

    /** One task: its description (linking to its page), state, when queued, how long it ran. */
    public record Line(
            String description, String href, StateView state, String queued, String duration) {}
}
