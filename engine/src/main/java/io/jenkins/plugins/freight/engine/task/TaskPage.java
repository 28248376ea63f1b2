package io.jenkins.plugins.freight.engine.task;

import java.util.List;
import java.util.Map;

/**
 * One page of a task list, newest first.
 *
 * @param items the tasks on this page
 * @param totalResults how many tasks match the query in all
 * @param totalCounts tasks per state matching the query's other filters (Octopus's {@code
 *     TotalCounts}); every state is present, with 0 where none match
 */
public record TaskPage(
        List<ServerTask> items, int totalResults, Map<TaskState, Integer> totalCounts) {
    public TaskPage {
        items = List.copyOf(items);
        totalCounts = Map.copyOf(totalCounts);
    }
}
