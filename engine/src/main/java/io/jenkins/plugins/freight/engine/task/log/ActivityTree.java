package io.jenkins.plugins.freight.engine.task.log;

import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository.BlockRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the activity tree (Octopus's {@code ActivityLogs}) from stored blocks and lines. */
public final class ActivityTree {

    private ActivityTree() {}

    /**
     * @param verbose keep Trace and Verbose lines
     * @param tail keep only the last {@code tail} lines of each block, or all when null
     * @return the root elements (one per task) with their descendants
     */
    public static List<ActivityElement> build(
            List<BlockRow> blocks, List<LogElement> lines, boolean verbose, Integer tail) {
        Map<String, List<LogElement>> linesByBlock = new HashMap<>();
        for (LogElement line : lines) {
            if (verbose || !line.category().isVerbose()) {
                linesByBlock.computeIfAbsent(line.blockId(), k -> new ArrayList<>()).add(line);
            }
        }
        Map<String, List<BlockRow>> children = new HashMap<>();
        List<BlockRow> roots = new ArrayList<>();
        for (BlockRow block : blocks) {
            if (block.parentId() == null) {
                roots.add(block);
            } else {
                children.computeIfAbsent(block.parentId(), k -> new ArrayList<>()).add(block);
            }
        }
        List<ActivityElement> result = new ArrayList<>();
        for (BlockRow root : roots) {
            result.add(element(root, children, linesByBlock, tail));
        }
        return result;
    }

    private static ActivityElement element(
            BlockRow block,
            Map<String, List<BlockRow>> children,
            Map<String, List<LogElement>> lines,
            Integer tail) {
        List<ActivityElement> kids = new ArrayList<>();
        for (BlockRow child : children.getOrDefault(block.blockId(), List.of())) {
            kids.add(element(child, children, lines, tail));
        }
        List<LogElement> own = lines.getOrDefault(block.blockId(), List.of());
        if (tail != null && own.size() > tail) {
            own = own.subList(own.size() - Math.max(0, tail), own.size());
        }
        return new ActivityElement(
                block.blockId(),
                block.name(),
                block.started(),
                block.ended(),
                block.status(),
                kids,
                block.showAtSummary(),
                own,
                block.progressPercentage(),
                block.progressMessage());
    }
}
