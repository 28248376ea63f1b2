package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionForm;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRequest;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionType;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterruptionTest {

    private static final Caller ALICE =
            new Caller("Users-1", "alice", Caller.Via.API_KEY, "127.0.0.1");
    private static final Caller BOB = new Caller("Users-2", "bob", Caller.Via.API_KEY, null);

    /**
     * A handler in the shape of a manual intervention step: raise the interruption, remember it in
     * the checkpoint, wait; on resume read the answer.
     */
    private static TaskHandler approval(List<String> seen) {
        return handler(
                "Approve",
                ctx -> {
                    if (ctx.checkpoint().isEmpty()) {
                        seen.add("first run " + ctx.resumeReason());
                        Interruption i =
                                ctx.createInterruption(
                                        InterruptionRequest.manualIntervention(
                                                "Approve deployment to Production",
                                                "Check the release notes",
                                                List.of(),
                                                List.of("Deployments-1", "Projects-1")));
                        ctx.saveCheckpoint(i.id());
                        return TaskOutcome.waitForInterruption();
                    }
                    Interruption answer = ctx.interruption(ctx.checkpoint().get()).orElseThrow();
                    seen.add("resumed " + ctx.resumeReason() + " " + answer.result().orElse("?"));
                    return answer.result().orElse("").equals(InterruptionForm.PROCEED)
                            ? TaskOutcome.success()
                            : TaskOutcome.failed("Aborted by " + answer.submittedByUserId());
                });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void waitingTaskHoldsNoSlotAndResumesWithTheSubmittedAnswer(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            List<String> seen = new CopyOnWriteArrayList<>();
            tasks.register(approval(seen));
            tasks.register(handler("Noop", ctx -> TaskOutcome.success()));
            tasks.start();
            ServerTask waiting = nodes.enqueue(tasks, request("Approve"));
            InterruptionService interruptions = tasks.interruptions();
            Interruption pending =
                    await().atMost(Duration.ofSeconds(10))
                            .until(
                                    () ->
                                            interruptions
                                                    .list(ALICE, pendingRegarding(waiting.id()))
                                                    .items(),
                                    items -> items.size() == 1)
                            .get(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> tasks.runningCount() == 0);

            ServerTask whileWaiting = tasks.get(ALICE, waiting.id());
            assertThat(whileWaiting.state()).isEqualTo(TaskState.EXECUTING);
            assertThat(whileWaiting.hasPendingInterruptions()).isTrue();
            ServerTask other = nodes.enqueue(tasks, request("Noop"));
            assertThat(tasks.awaitCompletion(ALICE, other.id(), Duration.ofSeconds(10)).state())
                    .isEqualTo(TaskState.SUCCESS);

            assertThat(pending.type()).isEqualTo(InterruptionType.ManualIntervention);
            assertThat(pending.isPending()).isTrue();
            assertThat(pending.id()).startsWith("Interruptions-");
            assertThat(pending.relatedDocumentIds())
                    .containsExactly(waiting.id(), "Deployments-1", "Projects-1");
            assertThat(
                            interruptions
                                    .list(
                                            ALICE,
                                            InterruptionQuery.inSpace("Spaces-1")
                                                    .regarding("Projects-1"))
                                    .items())
                    .extracting(Interruption::id)
                    .containsExactly(pending.id());

            interruptions.takeResponsibility(ALICE, pending.id());
            Interruption answered =
                    interruptions.submit(
                            ALICE,
                            pending.id(),
                            Map.of("Result", "proceed", "Notes", "Looks good"));

            assertThat(answered.isPending()).isFalse();
            assertThat(answered.result()).contains("Proceed");
            assertThat(answered.notes()).contains("Looks good");
            ServerTask done = tasks.awaitCompletion(ALICE, waiting.id(), Duration.ofSeconds(10));
            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(done.hasPendingInterruptions()).isFalse();
            assertThat(seen)
                    .containsExactly(
                            "first run FIRST_RUN", "resumed INTERRUPTION_SUBMITTED Proceed");
            assertThat(tasks.rawLog(ALICE, waiting.id()))
                    .contains("Waiting for a person: Approve deployment to Production")
                    .contains("was answered by alice: Proceed");
            assertThat(interruptions.list(ALICE, pendingRegarding(waiting.id())).items()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyTheResponsibleUserMaySubmitAndBadAnswersChangeNothing(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            List<String> seen = new CopyOnWriteArrayList<>();
            tasks.register(approval(seen));
            tasks.start();
            ServerTask waiting = nodes.enqueue(tasks, request("Approve"));
            InterruptionService interruptions = tasks.interruptions();
            String id =
                    await().atMost(Duration.ofSeconds(10))
                            .until(
                                    () ->
                                            interruptions
                                                    .list(ALICE, pendingRegarding(waiting.id()))
                                                    .items(),
                                    items -> items.size() == 1)
                            .get(0)
                            .id();

            assertThatThrownBy(() -> interruptions.submit(ALICE, id, Map.of("Result", "Proceed")))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("Take responsibility");
            interruptions.takeResponsibility(ALICE, id);
            assertThat(interruptions.get(BOB, id).hasResponsibility(ALICE)).isTrue();
            assertThatThrownBy(() -> interruptions.submit(BOB, id, Map.of("Result", "Proceed")))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> interruptions.submit(ALICE, id, Map.of("Result", "Maybe")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e ->
                                    assertThat(e.errors())
                                            .containsExactly(
                                                    "Result must be one of Proceed, Abort, not 'Maybe'"));
            assertThatThrownBy(() -> interruptions.submit(ALICE, id, Map.of("Notes", "no result")))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> interruptions.get(ALICE, "Interruptions-999"))
                    .isInstanceOf(NotFoundException.class);
            Interruption unchanged = interruptions.get(ALICE, id);
            assertThat(unchanged.isPending()).isTrue();
            assertThat(unchanged.form().values()).containsEntry("Result", null);
            assertThat(tasks.get(ALICE, waiting.id()).hasPendingInterruptions()).isTrue();

            interruptions.takeResponsibility(BOB, id);
            interruptions.submit(BOB, id, Map.of("Result", "Abort"));
            ServerTask done = tasks.awaitCompletion(ALICE, waiting.id(), Duration.ofSeconds(10));
            assertThat(done.state()).isEqualTo(TaskState.FAILED);
            assertThat(done.errorMessage()).isEqualTo("Aborted by Users-2");
            assertThatThrownBy(() -> interruptions.takeResponsibility(ALICE, id))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> interruptions.submit(BOB, id, Map.of("Result", "Proceed")))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelingAWaitingTaskEndsItAndItsInterruption(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            tasks.register(approval(new CopyOnWriteArrayList<>()));
            tasks.start();
            ServerTask waiting = nodes.enqueue(tasks, request("Approve"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> tasks.get(ALICE, waiting.id()).hasPendingInterruptions());
            await().atMost(Duration.ofSeconds(10)).until(() -> tasks.runningCount() == 0);

            ServerTask canceled = tasks.cancel(ALICE, waiting.id());

            assertThat(canceled.state()).isEqualTo(TaskState.CANCELED);
            assertThat(canceled.hasPendingInterruptions()).isFalse();
            assertThat(
                            tasks.interruptions()
                                    .list(
                                            ALICE,
                                            InterruptionQuery.inSpace("Spaces-1")
                                                    .regarding(waiting.id()))
                                    .items())
                    .singleElement()
                    .satisfies(i -> assertThat(i.isPending()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void guidedFailureOffersFailRetryIgnoreExclude(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            List<String> attempts = new CopyOnWriteArrayList<>();
            tasks.register(
                    handler(
                            "Guided",
                            ctx -> {
                                String last = ctx.checkpoint().orElse(null);
                                if (last != null) {
                                    String guidance =
                                            ctx.interruption(last)
                                                    .orElseThrow()
                                                    .result()
                                                    .orElseThrow();
                                    attempts.add(guidance);
                                    if (!guidance.equals(InterruptionForm.RETRY)) {
                                        return TaskOutcome.success();
                                    }
                                }
                                Interruption i =
                                        ctx.createInterruption(
                                                InterruptionRequest.guidedFailure(
                                                        "Step 'Deploy' failed on web-01",
                                                        "exit code 1",
                                                        true,
                                                        List.of("Deployments-9")));
                                ctx.saveCheckpoint(i.id());
                                return TaskOutcome.waitForInterruption();
                            }));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Guided"));
            InterruptionService interruptions = tasks.interruptions();
            for (String answer : List.of("Retry", "Exclude")) {
                Interruption pending =
                        await().atMost(Duration.ofSeconds(10))
                                .until(
                                        () ->
                                                interruptions
                                                        .list(ALICE, pendingRegarding(task.id()))
                                                        .items(),
                                        items -> items.size() == 1)
                                .get(0);
                assertThat(pending.type()).isEqualTo(InterruptionType.GuidedFailure);
                assertThat(pending.form().element(InterruptionForm.GUIDANCE)).isPresent();
                interruptions.takeResponsibility(ALICE, pending.id());
                interruptions.submit(ALICE, pending.id(), Map.of("Guidance", answer));
                await().atMost(Duration.ofSeconds(10)).until(() -> attempts.contains(answer));
            }
            assertThat(tasks.awaitCompletion(ALICE, task.id(), Duration.ofSeconds(10)).state())
                    .isEqualTo(TaskState.SUCCESS);
            assertThat(attempts).containsExactly("Retry", "Exclude");
        }
    }

    private static InterruptionQuery pendingRegarding(String taskId) {
        return InterruptionQuery.inSpace("Spaces-1").regarding(taskId).pendingOnly(true);
    }
}
