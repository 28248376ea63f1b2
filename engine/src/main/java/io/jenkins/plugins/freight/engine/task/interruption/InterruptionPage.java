package io.jenkins.plugins.freight.engine.task.interruption;

import java.util.List;

/** One page of interruptions, newest first, and how many match in all. */
public record InterruptionPage(List<Interruption> items, int totalResults) {
    public InterruptionPage {
        items = List.copyOf(items);
    }
}
