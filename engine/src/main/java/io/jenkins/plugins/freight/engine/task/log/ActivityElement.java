package io.jenkins.plugins.freight.engine.task.log;

import java.time.Instant;
import java.util.List;

/**
 * One block of the activity tree: the task, a step, a target. Octopus's {@code ActivityElement}.
 *
 * @param id unique within the task, e.g. {@code ServerTasks-5_3}
 * @param name e.g. the step's name
 * @param started when it started running, or null
 * @param ended when it finished, or null
 * @param status see {@link ActivityStatus}
 * @param children nested blocks in creation order
 * @param showAtSummaryLevel shown in summaries (steps are, targets usually not)
 * @param logElements this block's own lines
 * @param progressPercentage 0-100
 * @param progressMessage what it is doing, or null
 */
public record ActivityElement(
        String id,
        String name,
        Instant started,
        Instant ended,
        ActivityStatus status,
        List<ActivityElement> children,
        boolean showAtSummaryLevel,
        List<LogElement> logElements,
        int progressPercentage,
        String progressMessage) {

    public ActivityElement {
        children = List.copyOf(children);
        logElements = List.copyOf(logElements);
    }
}
