package io.jenkins.plugins.freight.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The targets each task ran on, stored durably and listed per target newest first. */
class TaskMachinesTest {

    private static final Caller SYSTEM = Caller.system();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTargetsTasksAreListedNewestFirstAndPaged(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            TaskMachines machines =
                    new TaskMachines(nodes.database(), AccessPolicy.authenticatedCallers());
            ServerTask first = nodes.enqueue(tasks, TaskNodes.request("Deploy"));
            ServerTask second = nodes.enqueue(tasks, TaskNodes.request("Deploy"));
            ServerTask third = nodes.enqueue(tasks, TaskNodes.request("Deploy"));
            nodes.database()
                    .useTransaction(
                            h -> {
                                TaskMachines.record(
                                        h, first.id(), List.of("Machines-1", "Machines-2"));
                                TaskMachines.record(h, second.id(), List.of("Machines-2"));
                                TaskMachines.record(h, third.id(), List.of("Machines-1"));
                                // a resumed task picks its targets again: recorded once
                                TaskMachines.record(h, first.id(), List.of("Machines-1"));
                            });

            TaskPage web = machines.list(SYSTEM, "Spaces-1", "Machines-1", 0, 30);
            assertThat(web.items())
                    .extracting(ServerTask::id)
                    .containsExactly(third.id(), first.id());
            assertThat(web.totalResults()).isEqualTo(2);
            TaskPage secondPage = machines.list(SYSTEM, "Spaces-1", "Machines-2", 1, 1);
            assertThat(secondPage.items()).extracting(ServerTask::id).containsExactly(first.id());
            assertThat(secondPage.totalResults()).isEqualTo(2);
            assertThat(machines.list(SYSTEM, "Spaces-1", "Machines-2", 0, 0).items()).isEmpty();
            assertThat(machines.list(SYSTEM, "Spaces-1", "Machines-9", 0, 30).totalResults())
                    .isZero();
            assertThatThrownBy(() -> machines.list(SYSTEM, "Spaces-1", "Machines-1", -1, 30))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCallerWithoutTaskViewIsRefused(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskMachines machines =
                    new TaskMachines(
                            nodes.database(),
                            (caller, permission, space) -> {
                                throw new ForbiddenException("no " + permission);
                            });
            assertThatThrownBy(() -> machines.list(SYSTEM, "Spaces-1", "Machines-1", 0, 30))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("TaskView");
        }
    }
}
