package io.jenkins.plugins.freight.server.tasks;

import java.util.List;
import java.util.Map;

/** A page of tasks: an Octopus collection plus {@code TotalCounts} per state. */
public record TaskCollectionWire(
        String itemType,
        long totalResults,
        int itemsPerPage,
        long numberOfPages,
        long lastPageNumber,
        List<TaskWire> items,
        Map<String, Integer> totalCounts,
        Map<String, String> links) {}
