package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every deployment action is one audit event: queued (by who deployed), started and resumed (by the
 * engine), the sign-off raised (by the engine) and submitted (by who answered it), the outcome (by
 * the engine), and a cancellation (by who canceled).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeploymentEventsTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    private Seed seed;
    private Release release;

    private void signedOffProcess(DatabaseKind kind) {
        seed = ENGINES.seed(kind);
        Project project = seed.project("Audited " + UUID.randomUUID().toString().substring(0, 6));
        seed.process(
                project,
                ScriptDeploymentTest.script("Deploy", "echo deployed"),
                DeploymentStep.of(
                        DeploymentAction.of(
                                "Sign off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Check it.",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))));
        release = seed.release(project, "1.0.0");
    }

    private Interruption pending(Deployment deployment) {
        InterruptionQuery query =
                InterruptionQuery.inSpace(seed.space())
                        .regarding(deployment.taskId())
                        .pendingOnly(true);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                !seed.engine()
                                        .tasks()
                                        .interruptions()
                                        .list(ALICE, query)
                                        .items()
                                        .isEmpty());
        return seed.engine().tasks().interruptions().list(ALICE, query).items().get(0);
    }

    /** The deployment's events, oldest first. */
    private List<AuditEvent> eventsOf(Deployment deployment) {
        List<AuditEvent> newestFirst =
                seed.engine()
                        .audit()
                        .list(
                                Caller.system(),
                                EventQuery.inSpace(seed.space(), false)
                                        .withDocuments(List.of(deployment.id())))
                        .items();
        List<AuditEvent> events = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(events);
        return events;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSignedOffDeploymentIsOneEventPerAction(DatabaseKind kind) {
        signedOffProcess(kind);
        Caller approver = SecurityTesting.user(seed.engine(), "approver-" + UUID.randomUUID());
        SecurityTesting.administrator(seed.engine(), approver);

        Deployment deployment = seed.deploy(release, seed.test());
        Interruption signOff = pending(deployment);
        seed.engine().tasks().interruptions().takeResponsibility(approver, signOff.id());
        seed.engine()
                .tasks()
                .interruptions()
                .submit(approver, signOff.id(), Map.of("Result", "Proceed", "Notes", "fine"));
        assertThat(seed.await(deployment).state()).isEqualTo(TaskState.SUCCESS);

        await().atMost(Duration.ofSeconds(10)).until(() -> eventsOf(deployment).size() >= 6);
        List<AuditEvent> events = eventsOf(deployment);
        assertThat(events)
                .extracting(AuditEvent::category)
                .containsExactly(
                        EventCategory.DeploymentQueued,
                        EventCategory.DeploymentStarted,
                        EventCategory.ManualInterventionInterruptionRaised,
                        EventCategory.ManualInterventionInterruptionSubmitted,
                        EventCategory.DeploymentResumed,
                        EventCategory.DeploymentSucceeded);
        assertThat(events)
                .extracting(AuditEvent::username)
                .containsExactly(
                        ALICE.username(),
                        "system",
                        "system",
                        approver.username(),
                        "system",
                        "system");
        AuditEvent submitted = events.get(3);
        assertThat(submitted.relatedDocumentIds())
                .contains(deployment.id(), deployment.taskId(), signOff.id());
        assertThat(submitted.message()).contains("Sign off").endsWith(": Proceed");
        assertThat(submitted.environmentId()).isEqualTo(seed.test().id());
        assertThat(submitted.projectId()).isEqualTo(deployment.projectId());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelingIsRecordedAsTheCancelersAction(DatabaseKind kind) {
        signedOffProcess(kind);

        Deployment deployment = seed.deploy(release, seed.prod());
        pending(deployment);
        seed.engine().tasks().cancel(ALICE, deployment.taskId());
        assertThat(seed.await(deployment).state()).isEqualTo(TaskState.CANCELED);

        await().atMost(Duration.ofSeconds(10)).until(() -> eventsOf(deployment).size() >= 5);
        List<AuditEvent> events = eventsOf(deployment);
        assertThat(events)
                .extracting(AuditEvent::category)
                .containsExactly(
                        EventCategory.DeploymentQueued,
                        EventCategory.DeploymentStarted,
                        EventCategory.ManualInterventionInterruptionRaised,
                        EventCategory.TaskCanceled,
                        EventCategory.DeploymentCanceled);
        assertThat(events.get(3).username()).isEqualTo(ALICE.username());
    }
}
