package io.jenkins.plugins.freight.engine.apply;

import java.util.List;
import java.util.function.Consumer;

/** A change and the service calls that make it, each at its stage of the apply. */
record PlannedChange(Change change, List<Operation> operations) {

    /**
     * One service call. Stages order the calls across objects (a team's roles after the projects
     * they name). {@code permission} is checked for every operation before the first one runs.
     *
     * @param systemLevel whether the permission is a system one (users), else in the space
     */
    record Operation(int stage, String permission, boolean systemLevel, Consumer<Ids> run) {}

    static PlannedChange unchanged(String kind, String name) {
        return new PlannedChange(
                new Change(Change.Action.UNCHANGED, kind, name, List.of()), List.of());
    }
}
