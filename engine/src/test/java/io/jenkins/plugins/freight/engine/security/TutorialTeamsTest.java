package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentQuery;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of seed 000 checked end to end in the engine: anyone on the internal team deploys to
 * Dev and Test; only production deployers deploy to Prod, and only releases that succeeded in Test;
 * production deployments need sign-off from the stakeholders; an e-mail goes out after Test and
 * Prod deployments.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TutorialTeamsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTutorialsTeamsDeployWhereTheyMayAndStakeholdersSignOff(DatabaseKind kind)
            throws Exception {
        TutorialTeams t = TutorialTeams.create(kind, dir, mail.getSmtp().getPort());
        try (var engine = t.engine()) {
            Release release = t.release("1.0.0");

            // the internal team deploys to Dev (no sign-off, no mail there) ...
            Deployment dev = deploy(t, t.internalDeployer(), release, "Dev");
            assertThat(finish(t, dev).state()).isEqualTo(TaskState.SUCCESS);
            assertThat(mail.getReceivedMessages()).isEmpty();

            // ... but not to Prod: the refusal names the permission, the scope and the team
            assertThatThrownBy(() -> deploy(t, t.internalDeployer(), release, "Prod"))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission DeploymentCreate for environment Prod; granted to"
                                    + " teams: Production Deployers");

            // production deployers cannot deploy to Test, nor to Prod before Test succeeded
            assertThatThrownBy(() -> deploy(t, t.productionDeployer(), release, "Test"))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission DeploymentCreate for environment Test; granted to"
                                    + " teams: Internal Deployers");
            assertThatThrownBy(() -> deploy(t, t.productionDeployer(), release, "Prod"))
                    .isInstanceOf(InvalidInputException.class);

            // Test: the internal deployer may not sign off; a stakeholder does
            Deployment test = deploy(t, t.internalDeployer(), release, "Test");
            Interruption testSignOff = pendingInterruption(t, test);
            assertThatThrownBy(
                            () ->
                                    t.engine()
                                            .tasks()
                                            .interruptions()
                                            .takeResponsibility(
                                                    t.internalDeployer(), testSignOff.id()))
                    .isInstanceOf(ForbiddenException.class);
            signOff(t, testSignOff);
            assertThat(finish(t, test).state()).isEqualTo(TaskState.SUCCESS);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mail.getReceivedMessages().length == 1);
            assertThat(mail.getReceivedMessages()[0].getSubject())
                    .isEqualTo("Random quotes deployment status");

            // Prod after Test: the production deployer deploys, stakeholders sign off, mail goes
            // out
            Deployment prod = deploy(t, t.productionDeployer(), release, "Prod");
            signOff(t, pendingInterruption(t, prod));
            assertThat(finish(t, prod).state()).isEqualTo(TaskState.SUCCESS);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mail.getReceivedMessages().length == 2);

            // the internal deployer sees Prod deployments (Project Viewer is unscoped) ...
            assertThat(environmentsSeenBy(t, t.internalDeployer()))
                    .containsExactlyInAnyOrder(t.dev().id(), t.test().id(), t.prod().id());
            // ... a viewer scoped to Dev sees only Dev deployments
            Caller devViewer = SecurityTesting.user(t.engine(), "devviewer");
            Team devViewers = SecurityTesting.team(t.engine(), t.space(), "Dev viewers", devViewer);
            SecurityTesting.grant(
                    t.engine(), devViewers, t.space(), "Project Viewer", List.of(t.dev().id()));
            assertThat(environmentsSeenBy(t, devViewer)).containsExactly(t.dev().id());
            assertThat(
                            t.engine()
                                    .tasks()
                                    .list(
                                            devViewer,
                                            io.jenkins.plugins.freight.engine.task.TaskQuery
                                                    .inSpace(t.space()))
                                    .items())
                    .extracting(ServerTask::id)
                    .containsExactly(dev.taskId());
            assertThatThrownBy(() -> t.engine().tasks().get(devViewer, prod.taskId()))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageStartingWith("Missing permission TaskView for environment Prod");
            assertThatThrownBy(() -> t.engine().deployments().get(devViewer, t.space(), prod.id()))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission DeploymentView for environment Prod; granted to"
                                    + " teams: Internal Deployers, Production Deployers, Project"
                                    + " Stakeholders");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deploymentsAreAuditedWithWhoQueuedThemAndHowTheyEnded(DatabaseKind kind) {
        TutorialTeams t = TutorialTeams.create(kind, dir, mail.getSmtp().getPort());
        try (var engine = t.engine()) {
            Release release = t.release("1.0.0");
            Deployment dev = deploy(t, t.internalDeployer(), release, "Dev");
            finish(t, dev);

            var query =
                    io.jenkins.plugins.freight.engine.audit.EventQuery.inSpace(t.space(), false)
                            .withDocuments(List.of(dev.id()));
            // the outcome is recorded right after the task's completion is committed
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> engine.audit().list(Caller.system(), query).items().size() == 3);
            List<io.jenkins.plugins.freight.engine.audit.AuditEvent> events =
                    engine.audit().list(Caller.system(), query).items();
            assertThat(events)
                    .extracting(e -> e.category().name() + " " + e.username())
                    .containsExactly(
                            "DeploymentSucceeded system",
                            "DeploymentStarted system",
                            "DeploymentQueued internaldeployer");
            assertThat(events.get(2).environmentId()).isEqualTo(t.dev().id());
            assertThat(events.get(2).projectId()).isEqualTo(t.project().id());
            assertThat(events.get(2).relatedDocumentIds()).contains(dev.id(), dev.taskId());
        }
    }

    private static List<String> environmentsSeenBy(TutorialTeams t, Caller caller) {
        return t
                .engine()
                .deployments()
                .list(caller, t.space(), DeploymentQuery.all())
                .items()
                .stream()
                .map(Deployment::environmentId)
                .distinct()
                .toList();
    }

    private static Deployment deploy(TutorialTeams t, Caller caller, Release release, String env) {
        return t.engine()
                .deployments()
                .create(caller, t.space(), CreateDeploymentRequest.release(release.id(), env))
                .get(0);
    }

    private static ServerTask finish(TutorialTeams t, Deployment d) {
        return t.engine()
                .tasks()
                .awaitCompletion(Caller.system(), d.taskId(), Duration.ofSeconds(60));
    }

    private static Interruption pendingInterruption(TutorialTeams t, Deployment d) {
        InterruptionQuery query =
                InterruptionQuery.inSpace(t.space()).regarding(d.taskId()).pendingOnly(true);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                !t.engine()
                                        .tasks()
                                        .interruptions()
                                        .list(t.stakeholder(), query)
                                        .items()
                                        .isEmpty());
        Interruption interruption =
                t.engine().tasks().interruptions().list(t.stakeholder(), query).items().get(0);
        assertThat(interruption.responsibleTeamIds()).containsExactly(t.stakeholders().id());
        return interruption;
    }

    private static void signOff(TutorialTeams t, Interruption interruption) {
        t.engine().tasks().interruptions().takeResponsibility(t.stakeholder(), interruption.id());
        t.engine()
                .tasks()
                .interruptions()
                .submit(
                        t.stakeholder(),
                        interruption.id(),
                        Map.of("Result", "Proceed", "Notes", "Looks good"));
    }
}
