package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.CreateReleaseAction;
import io.jenkins.plugins.freight.client.actions.CreateReleaseRequest;
import io.jenkins.plugins.freight.client.actions.DeployAction;
import io.jenkins.plugins.freight.client.actions.DeployRequest;
import io.jenkins.plugins.freight.client.actions.DeploymentOptions;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.client.error.AuthenticationException;
import io.jenkins.plugins.freight.client.error.RequestRejectedException;
import io.jenkins.plugins.freight.client.interruption.Interruption;
import io.jenkins.plugins.freight.client.interruption.InterruptionAnswer;
import io.jenkins.plugins.freight.client.interruption.InterruptionApi;
import io.jenkins.plugins.freight.client.task.TaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's interruptions API against the real Freight server on loopback: a manual intervention
 * taken over and proceeded, a guided failure retried and then failed, and answers the server
 * refuses (not responsible yet, a button the form does not have, already answered), which change
 * nothing.
 */
class InterruptionApiAgainstRealServerTest {

    private static final String SIGN_OFF = "Sign Off Client";

    @TempDir static Path dataDir;
    private static LoopbackServer server;
    private static FreightClient client;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        PipelineSpace.create(server);
        PipelineSpace.signOffProject(server, SIGN_OFF, "Check the release notes.");
        client =
                FreightClient.create(ConnectionSettings.of(server.url(), LoopbackServer.ADMIN_KEY));
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void aManualInterventionIsTakenOverAndProceeded() throws Exception {
        String task = deploy(SIGN_OFF, "1.0.0", false);
        InterruptionApi interruptions = client.interruptions();
        Interruption asked = awaitPending(task, null);
        assertThat(asked.type()).isEqualTo("ManualIntervention");
        assertThat(asked.responsibleUserId()).isNull();
        assertThat(interruptions.pending()).extracting(Interruption::id).contains(asked.id());

        assertThatThrownBy(
                        () -> interruptions.submit(asked.id(), InterruptionAnswer.proceed("early")))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Take responsibility");
        assertThat(interruptions.get(asked.id()).isPending()).isTrue();

        String responsible = interruptions.takeResponsibility(asked.id());
        assertThat(responsible).startsWith("Users-");
        assertThat(interruptions.get(asked.id()).responsibleUserId()).isEqualTo(responsible);

        assertThatThrownBy(
                        () ->
                                interruptions.submit(
                                        asked.id(), InterruptionAnswer.retry("wrong form")))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("Choose one of");
        assertThat(interruptions.get(asked.id()).isPending()).isTrue();

        Interruption answered =
                interruptions.submit(asked.id(), InterruptionAnswer.proceed("Release notes ok"));
        assertThat(answered.isPending()).isFalse();
        assertThat(awaitEnd(task)).isEqualTo(TaskState.SUCCESS);
        assertThat(client.tasks().raw(task)).contains("signed off").contains("Release notes ok");

        assertThatThrownBy(() -> interruptions.submit(asked.id(), InterruptionAnswer.abort("late")))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("no longer pending");
    }

    @Test
    void aGuidedFailureIsRetriedAndThenFailed() throws Exception {
        String task = deploy(PipelineSpace.BROKEN, "2.0.0", true);
        InterruptionApi interruptions = client.interruptions();
        Interruption first = awaitPending(task, null);
        assertThat(first.type()).isEqualTo("GuidedFailure");

        interruptions.takeResponsibility(first.id());
        assertThat(interruptions.submit(first.id(), InterruptionAnswer.retry("once more")))
                .extracting(Interruption::isPending)
                .isEqualTo(false);

        Interruption second = awaitPending(task, first.id());
        interruptions.takeResponsibility(second.id());
        interruptions.submit(second.id(), InterruptionAnswer.fail("still broken"));

        assertThat(awaitEnd(task)).isEqualTo(TaskState.FAILED);
        String log = client.tasks().raw(task);
        assertThat(log.split("starting the migration", -1)).hasSize(3);
    }

    /** Creates a release of the project and deploys it to Dev without waiting; answers the task. */
    private static String deploy(String project, String version, boolean guidedFailure)
            throws InterruptedException {
        ProgressListener quiet = ProgressListener.silent();
        new CreateReleaseAction(client, quiet).create(CreateReleaseRequest.of(project, version));
        return new DeployAction(client, quiet)
                .deploy(
                        new DeployRequest(
                                project,
                                version,
                                null,
                                DeploymentOptions.to(List.of("Dev"))
                                        .withGuidedFailure(guidedFailure)))
                .deployments()
                .get(0)
                .taskId();
    }

    /** The task's pending interruption, other than {@code previousId}, once it asks. */
    private static Interruption awaitPending(String task, String previousId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                client.interruptions().pendingFor(task).stream()
                                        .filter(i -> !i.id().equals(previousId))
                                        .findFirst()
                                        .orElse(null),
                        found -> found != null);
    }

    private static TaskState awaitEnd(String task) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> client.tasks().get(task).state(), TaskState::isTerminal);
    }
}
