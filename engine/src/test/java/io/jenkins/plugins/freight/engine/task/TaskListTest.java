package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskListTest {

    private static final Caller SYSTEM = Caller.system();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listFiltersPagesAndCountsPerState(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            ServerTask deployWebDev =
                    nodes.enqueue(
                            tasks,
                            TaskRequest.of("Spaces-1", "Deploy", "Deploy Web 1.0 to Dev")
                                    .regarding("Projects-1", "Environments-1", null));
            ServerTask deployWebProd =
                    nodes.enqueue(
                            tasks,
                            TaskRequest.of("Spaces-1", "Deploy", "Deploy Web 1.0 to Prod")
                                    .regarding("Projects-1", "Environments-2", "Tenants-1"));
            ServerTask health = nodes.enqueue(tasks, request("Health"));
            ServerTask otherSpace =
                    nodes.enqueue(tasks, TaskRequest.of("Spaces-2", "Deploy", "Elsewhere"));
            tasks.cancel(SYSTEM, health.id());

            TaskPage space1 = tasks.list(SYSTEM, TaskQuery.inSpace("Spaces-1"));
            assertThat(space1.items())
                    .extracting(ServerTask::id)
                    .containsExactly(health.id(), deployWebProd.id(), deployWebDev.id());
            assertThat(space1.totalResults()).isEqualTo(3);
            assertThat(space1.totalCounts())
                    .containsEntry(TaskState.QUEUED, 2)
                    .containsEntry(TaskState.CANCELED, 1)
                    .containsEntry(TaskState.SUCCESS, 0);

            assertThat(ids(tasks, TaskQuery.inSpace(null))).hasSize(4).contains(otherSpace.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withName("Deploy")))
                    .containsExactly(deployWebProd.id(), deployWebDev.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withEnvironment("Environments-2")))
                    .containsExactly(deployWebProd.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withProject("Projects-1")))
                    .containsExactly(deployWebProd.id(), deployWebDev.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withTenant("Tenants-1")))
                    .containsExactly(deployWebProd.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withActive(true)))
                    .containsExactly(deployWebProd.id(), deployWebDev.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withRunning(true))).isEmpty();
            assertThat(
                            ids(
                                    tasks,
                                    TaskQuery.inSpace("Spaces-1")
                                            .withStates(Set.of(TaskState.CANCELED))))
                    .containsExactly(health.id());
            assertThat(ids(tasks, TaskQuery.inSpace("Spaces-1").withPartialName("to prod")))
                    .containsExactly(deployWebProd.id());
            assertThat(
                            ids(
                                    tasks,
                                    TaskQuery.inSpace(null)
                                            .withIds(
                                                    List.of(
                                                            deployWebDev.id(),
                                                            "ServerTasks-999",
                                                            otherSpace.id()))))
                    .containsExactly(otherSpace.id(), deployWebDev.id());

            TaskPage second = tasks.list(SYSTEM, TaskQuery.inSpace("Spaces-1").page(1, 1));
            assertThat(second.items())
                    .extracting(ServerTask::id)
                    .containsExactly(deployWebProd.id());
            assertThat(second.totalResults()).isEqualTo(3);
            TaskPage countsOnly = tasks.list(SYSTEM, TaskQuery.inSpace("Spaces-1").page(0, 0));
            assertThat(countsOnly.items()).isEmpty();
            assertThat(countsOnly.totalResults()).isEqualTo(3);
        }
    }

    @Test
    void negativePagingAndUnknownStatesAreRefused() {
        assertThatThrownBy(() -> TaskQuery.inSpace("Spaces-1").page(-1, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaskState.fromWireName("Sleeping"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown task state 'Sleeping'");
        assertThat(TaskState.fromWireName("timedout")).isEqualTo(TaskState.TIMED_OUT);
    }

    @Test
    void statesAnswerWhetherTheyAreTerminalAndSuccessful() {
        assertThat(TaskState.values())
                .filteredOn(TaskState::isTerminal)
                .containsExactlyInAnyOrder(
                        TaskState.SUCCESS,
                        TaskState.FAILED,
                        TaskState.CANCELED,
                        TaskState.TIMED_OUT);
        assertThat(TaskState.values())
                .filteredOn(TaskState::isSuccessful)
                .containsExactly(TaskState.SUCCESS);
        assertThat(TaskState.CANCELLING.isRunning()).isTrue();
        assertThat(TaskState.TIMED_OUT.wireName()).isEqualTo("TimedOut");
    }

    private static List<String> ids(TaskService tasks, TaskQuery query) {
        return tasks.list(SYSTEM, query).items().stream().map(ServerTask::id).toList();
    }
}
