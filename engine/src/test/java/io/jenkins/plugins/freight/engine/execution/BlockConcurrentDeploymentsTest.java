package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.task.ServerTask;
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
 * {@code Octopus.Action.Manual.BlockConcurrentDeployments}: while a blocking sign-off waits, later
 * deployments of the same project to the same environment stay queued (other environments run);
 * without it they run meanwhile. Answering or canceling gives the turn back.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BlockConcurrentDeploymentsTest {

    private static final String SIGN_OFF = "Sign Off";

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    private Seed seed;
    private Caller approver;
    private Release first;
    private Release second;

    private void project(DatabaseKind kind, boolean block) {
        seed = ENGINES.seed(kind);
        String name = "tess-" + UUID.randomUUID().toString().substring(0, 8);
        User user =
                seed.engine()
                        .identity()
                        .createUser(
                                Caller.system(),
                                new UserDetails(name, "Tess", name + "@example.org", true, false));
        approver = new Caller(user.id(), user.username(), Caller.Via.API_KEY, null);
        SecurityTesting.administrator(seed.engine(), approver);
        Project project = seed.project("Blocking " + name);
        seed.process(
                project,
                ScriptDeploymentTest.script("Deploy", "echo deploying"),
                DeploymentStep.of(
                        DeploymentAction.of(
                                SIGN_OFF,
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Check the site.",
                                        "Octopus.Action.Manual.BlockConcurrentDeployments",
                                        block ? "True" : "False",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))));
        first = seed.release(project, "1.0.0");
        second = seed.release(project, "1.0.1");
    }

    /** The second release without its sign-off, so it finishes on its own once it runs. */
    private Deployment deployWithoutSignOff(Release release, Environment environment) {
        return seed.engine()
                .deployments()
                .create(
                        ALICE,
                        seed.space(),
                        CreateDeploymentRequest.release(release.id(), environment.name())
                                .skipping(List.of(SIGN_OFF)))
                .get(0);
    }

    private Interruption pendingSignOff(Deployment deployment) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !pending(deployment).isEmpty());
        return pending(deployment).get(0);
    }

    private List<Interruption> pending(Deployment deployment) {
        return seed.engine()
                .tasks()
                .interruptions()
                .list(
                        ALICE,
                        InterruptionQuery.inSpace(seed.space())
                                .regarding(deployment.taskId())
                                .pendingOnly(true))
                .items();
    }

    private ServerTask task(Deployment deployment) {
        return seed.engine().tasks().get(ALICE, deployment.taskId());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void blockingSignOffKeepsTheEnvironmentsLaterDeploymentsQueuedUntilAnswered(DatabaseKind kind) {
        project(kind, true);
        Deployment waiting = seed.deploy(first, seed.test());
        Interruption signOff = pendingSignOff(waiting);
        assertThat(signOff.blocksConcurrentTasks()).isTrue();

        Deployment sameEnvironment = deployWithoutSignOff(second, seed.test());
        Deployment otherEnvironment = deployWithoutSignOff(second, seed.dev());

        // The queue moves (Dev runs to the end) while Test's later deployment keeps waiting.
        assertThat(seed.await(otherEnvironment).state()).isEqualTo(TaskState.SUCCESS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> seed.engine().tasks().runningCount() == 0);
        assertThat(task(sameEnvironment).state()).isEqualTo(TaskState.QUEUED);
        assertThat(task(sameEnvironment).startTime()).isNull();
        assertThat(task(waiting).hasPendingInterruptions()).isTrue();

        // Answered, the waiting deployment resumes ahead of the one queued meanwhile.
        seed.engine().tasks().interruptions().takeResponsibility(approver, signOff.id());
        seed.engine()
                .tasks()
                .interruptions()
                .submit(approver, signOff.id(), Map.of("Result", "Proceed"));
        ServerTask resumed = seed.await(waiting);
        ServerTask next = seed.await(sameEnvironment);
        assertThat(resumed.state()).as(seed.rawLog(waiting)).isEqualTo(TaskState.SUCCESS);
        assertThat(next.state()).as(seed.rawLog(sameEnvironment)).isEqualTo(TaskState.SUCCESS);
        assertThat(next.startTime()).isAfterOrEqualTo(resumed.completedTime());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withoutBlockingALaterDeploymentRunsWhileTheSignOffWaits(DatabaseKind kind) {
        project(kind, false);
        Deployment waiting = seed.deploy(first, seed.test());
        Interruption signOff = pendingSignOff(waiting);
        assertThat(signOff.blocksConcurrentTasks()).isFalse();

        Deployment sameEnvironment = deployWithoutSignOff(second, seed.test());

        assertThat(seed.await(sameEnvironment).state()).isEqualTo(TaskState.SUCCESS);
        assertThat(pending(waiting)).extracting(Interruption::id).containsExactly(signOff.id());
        assertThat(task(waiting).state()).isEqualTo(TaskState.EXECUTING);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelingABlockingDeploymentGivesTheTurnToTheNext(DatabaseKind kind) {
        project(kind, true);
        Deployment waiting = seed.deploy(first, seed.test());
        pendingSignOff(waiting);
        Deployment sameEnvironment = deployWithoutSignOff(second, seed.test());

        seed.engine().tasks().cancel(ALICE, waiting.taskId());

        assertThat(seed.await(waiting).state()).isEqualTo(TaskState.CANCELED);
        assertThat(seed.await(sameEnvironment).state()).isEqualTo(TaskState.SUCCESS);
    }
}
