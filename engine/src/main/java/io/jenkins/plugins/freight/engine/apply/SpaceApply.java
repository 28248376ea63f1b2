package io.jenkins.plugins.freight.engine.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.apply.PlannedChange.Operation;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Declarative configuration of a space: reads a document, checks all of it, compares it with the
 * space and makes the differences through the engine's own services, as the caller — so the same
 * permission checks and audit events apply as for the REST API. Objects the document does not
 * mention are left alone.
 *
 * <p>An invalid document, or a caller who lacks a permission some change needs, changes nothing.
 * The changes themselves are separate service calls: if one fails (say, another user edited the
 * same process meanwhile), the ones before it stay made and applying the document again completes
 * the rest.
 */
public final class SpaceApply {

    private final ApplyServices engine;

    public SpaceApply(ApplyServices engine) {
        this.engine = engine;
    }

    /**
     * Plans and (unless {@code dryRun}) applies the document.
     *
     * @throws io.jenkins.plugins.freight.engine.error.InvalidInputException when the document is
     *     not valid; every problem names its path
     * @throws io.jenkins.plugins.freight.engine.error.ForbiddenException when the caller may not
     *     read the space or make one of the planned changes
     */
    public ApplyResult apply(Caller caller, String spaceId, JsonNode document, boolean dryRun) {
        SpaceDocument doc = DocumentReader.read(document);
        engine.spaces().get(caller, spaceId);
        SpaceState state = SpaceState.read(engine, caller, spaceId, doc);
        Ids planIds = Ids.of(state);
        DocumentValidator.validate(doc, state, planIds);
        List<PlannedChange> plan = new SpacePlanner(engine, caller, state, planIds).plan(doc);
        List<Change> changes = plan.stream().map(PlannedChange::change).toList();
        if (dryRun) {
            return new ApplyResult(true, changes);
        }
        List<Operation> operations = new ArrayList<>();
        plan.forEach(p -> operations.addAll(p.operations()));
        operations.sort(Comparator.comparingInt(Operation::stage));
        requirePermissions(caller, spaceId, operations);
        Ids live = Ids.of(state);
        for (Operation operation : operations) {
            operation.run().accept(live);
        }
        return new ApplyResult(false, changes);
    }

    /** Every permission the plan needs, checked before the first change. */
    private void requirePermissions(Caller caller, String spaceId, List<Operation> operations) {
        Set<String> checked = new LinkedHashSet<>();
        for (Operation operation : operations) {
            if (checked.add(operation.permission() + operation.systemLevel())) {
                engine.accessPolicy()
                        .require(
                                caller,
                                operation.permission(),
                                operation.systemLevel() ? null : spaceId);
            }
        }
    }
}
