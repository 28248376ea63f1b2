package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionType;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Random Quotes process of seed 000 run by the engine: deploy, sign-off (skipped in Dev), and a
 * status e-mail that always runs; plus guided failure. A waiting deployment holds no slot.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InterventionDeploymentTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;

    private Seed seed;
    private Release release;
    private Caller tess;

    /** A real user who answers interruptions. */
    private void approver() {
        String name = "tess-" + UUID.randomUUID().toString().substring(0, 8);
        User user =
                seed.engine()
                        .identity()
                        .createUser(
                                Caller.system(),
                                new UserDetails(
                                        name, "Tess Tester", name + "@example.org", true, false));
        tess = new Caller(user.id(), user.username(), Caller.Via.API_KEY, null);
        io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(
                seed.engine(), tess);
    }

    /** Deploy (a script on the server), sign off outside Dev, mail the status always. */
    private void randomQuotes(DatabaseKind kind) {
        seed = ENGINES.seed(kind);
        approver();
        Project project = seed.project("Random Quotes");
        seed.variables(project, ScriptDeploymentTest.smtpVariables(mail).toArray(Variable[]::new));
        DeploymentAction signOff =
                DeploymentAction.of(
                                "Deployment Sign Off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Open the application and confirm it meets all the"
                                                + " requirements.",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))
                        .withExcludedEnvironments(List.of(seed.dev().id()));
        seed.process(
                project,
                ScriptDeploymentTest.script("Deploy web app", "echo deployed"),
                DeploymentStep.of(signOff),
                ScriptDeploymentTest.script(
                        "After sign-off",
                        "echo \"approved=#{Octopus.Action[Deployment Sign Off]"
                                + ".Output.Manual.Approved}"
                                + " by #{Octopus.Action[Deployment Sign Off]"
                                + ".Output.Manual.ResponsibleUser.Username}\""),
                ScriptDeploymentTest.statusMail());
        release = seed.release(project, "0.0.1");
    }

    private Interruption pendingInterruption(Deployment deployment) {
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

    private void answer(Interruption interruption, Map<String, String> values) {
        seed.engine().tasks().interruptions().takeResponsibility(tess, interruption.id());
        seed.engine().tasks().interruptions().submit(tess, interruption.id(), values);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void signOffIsSkippedInDev(DatabaseKind kind) {
        randomQuotes(kind);

        Deployment deployment = seed.deploy(release, seed.dev());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("Skipping action Deployment Sign Off: it is skipped in this environment.")
                .contains("approved=#{Octopus.Action[Deployment Sign Off].Output.Manual.Approved}");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void signOffWaitsWithoutASlotAndProceedContinuesToSuccess(DatabaseKind kind) throws Exception {
        randomQuotes(kind);

        Deployment deployment = seed.deploy(release, seed.test());
        Interruption signOff = pendingInterruption(deployment);

        assertThat(signOff.type()).isEqualTo(InterruptionType.ManualIntervention);
        assertThat(signOff.title()).isEqualTo("Approval required for Deployment Sign Off");
        assertThat(signOff.relatedDocumentIds())
                .contains(deployment.taskId(), deployment.id(), deployment.environmentId());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> seed.engine().tasks().runningCount() == 0);
        ServerTask waiting = seed.engine().tasks().get(ALICE, deployment.taskId());
        assertThat(waiting.state()).isEqualTo(TaskState.EXECUTING);
        assertThat(waiting.hasPendingInterruptions()).isTrue();
        assertThat(mail.getReceivedMessages()).isEmpty();

        answer(signOff, Map.of("Result", "Proceed", "Notes", "Quotes look random"));
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("Waiting for manual intervention: Open the application")
                .contains("Tess Tester chose to proceed. Notes: Quotes look random")
                .contains("approved=True by " + tess.username());
        assertThat(raw.indexOf("Step 2: Deployment Sign Off"))
                .isEqualTo(raw.lastIndexOf("Step 2: Deployment Sign Off"));
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getBody(message))
                .contains("Deploy web app: Succeeded")
                .contains("Deployment Sign Off: Succeeded");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void abortFailsTheDeploymentAndTheStatusMailStillGoesOut(DatabaseKind kind) throws Exception {
        randomQuotes(kind);

        Deployment deployment = seed.deploy(release, seed.prod());
        answer(pendingInterruption(deployment), Map.of("Result", "Abort", "Notes", "Broken"));
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage())
                .contains("Deployment Sign Off")
                .contains("The deployment was aborted by Tess Tester. Notes: Broken");
        assertThat(raw).doesNotContain("approved=");
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Random Quotes to Prod");
        assertThat(GreenMailUtil.getBody(message))
                .contains("Deployment Sign Off: Failed")
                .contains("After sign-off: Skipped");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void guidedFailureAsksAndRetryRunsTheActionAgain(DatabaseKind kind) throws Exception {
        seed = ENGINES.seed(kind);
        approver();
        Project project = seed.project("Flaky");
        Path marker = dir.resolve("second-attempt-" + kind);
        seed.process(
                project,
                ScriptDeploymentTest.script(
                        "Flaky step",
                        "if [ -f '"
                                + marker
                                + "' ]; then echo recovered; exit 0; fi\n"
                                + "touch '"
                                + marker
                                + "'\nfail_step \"First attempt fails\""));
        Deployment deployment =
                seed.engine()
                        .deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(
                                                seed.release(project, "1.0.0").id(),
                                                seed.test().name())
                                        .withGuidedFailure(true))
                        .get(0);

        Interruption guidance = pendingInterruption(deployment);
        assertThat(guidance.type()).isEqualTo(InterruptionType.GuidedFailure);
        assertThat(Files.exists(marker)).isTrue();
        answer(guidance, Map.of("Guidance", "Retry"));
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("First attempt fails")
                .contains("Tess Tester chose to retry.")
                .contains("recovered");
    }
}
