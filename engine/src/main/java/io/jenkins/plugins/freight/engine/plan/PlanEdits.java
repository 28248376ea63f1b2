package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;

/** The rules of what a lead writes into a plan, and the stale-edit refusal. */
final class PlanEdits {

    private PlanEdits() {}

    static ConflictException stale(DeploymentPlan current, int expected) {
        return new ConflictException(
                "Deployment plan "
                        + current.name()
                        + " was changed by "
                        + current.lastModifiedBy()
                        + " at "
                        + current.lastModifiedOn()
                        + " (version "
                        + current.version()
                        + ", your edit was based on version "
                        + expected
                        + "); reload it and apply your change again. Nothing was saved.");
    }

    static DeploymentPlan copy(
            DeploymentPlan p,
            String name,
            String environmentId,
            String notes,
            List<PlanItem> items) {
        return new DeploymentPlan(
                p.id(),
                p.spaceId(),
                name,
                environmentId,
                notes,
                p.state(),
                p.version(),
                items,
                p.retriedFromPlanId(),
                p.createdOn(),
                p.createdBy(),
                p.lastModifiedOn(),
                p.lastModifiedBy(),
                p.executedById(),
                p.executedBy(),
                p.executedOn(),
                p.finishedOn());
    }

    static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()
                || name.length() > 200
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "The plan is not valid.",
                    List.of(
                            "Name is required: at most 200 characters without control characters."));
        }
        return name;
    }

    static String notes(String raw) {
        String notes = raw == null ? "" : raw.strip();
        if (notes.length() > 20_000) {
            throw new InvalidInputException(
                    "The plan is not valid.", List.of("Notes must be at most 20000 characters."));
        }
        return notes;
    }
}
