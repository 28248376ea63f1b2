package io.jenkins.plugins.freight.engine.plan;

import java.util.List;

/**
 * What a lead writes: a name, the target environment (id or name), the plan's notes and its items.
 */
public record PlanDraft(String name, String environment, String notes, List<Item> items) {

    /** One item: the project (id or name), the release (id or version) and its notes. */
    public record Item(String project, String release, String notes) {}

    public PlanDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
