package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.ALICE;
import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Parts;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Seed;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.GuidedFailureMode;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskQuery;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class DeploymentServiceTest {

    private Parts parts;
    private Engine engine;
    private DeploymentService deployments;
    private Seed seed;
    private Project project;

    private void setUp(DatabaseKind kind) {
        parts = DeploymentTesting.parts(kind);
        engine = parts.engine();
        deployments = parts.deployments();
        seed = DeploymentTesting.seed(engine, false);
        project =
                DeploymentTesting.project(
                        engine, seed.space(), "Random Quotes", seed.lifecycle().id());
    }

    private Release release(String version) {
        return parts.releases()
                .create(
                        ALICE,
                        seed.space(),
                        CreateReleaseRequest.of(project.id()).withVersion(version));
    }

    private Deployment deployAndWait(Release release, Environment env) {
        Deployment d =
                deployments
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), env.id()))
                        .get(0);
        await(parts, d.taskId());
        return d;
    }

    private long deploymentCount() {
        return deployments
                .list(
                        ALICE,
                        seed.space(),
                        DeploymentQuery.all().withProjects(List.of(project.id())))
                .totalResults();
    }

    private int taskCount() {
        return parts.tasks().list(Caller.system(), TaskQuery.inSpace(seed.space())).totalResults();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void seedLifecycleLetsANewReleaseGoToDevOrTestButNotProd(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");

        assertThat(
                        deployments
                                .progression(ALICE, seed.space(), release.id(), null)
                                .deployableEnvironmentIds())
                .containsExactly(seed.dev().id(), seed.test().id());
        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.version(
                                                "Random Quotes", "1.0.0", "Prod")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Release 1.0.0 cannot be deployed to Prod: phase Test must complete first"
                                + " (Test has no successful deployment of this release)");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void successfulTestDeploymentOpensProdWithoutDev(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");

        Deployment test = deployAndWait(release, seed.test());
        assertThat(test.name()).isEqualTo("Deploy to Test");
        ServerTask task = parts.tasks().get(ALICE, test.taskId());
        assertThat(task.state()).isEqualTo(TaskState.SUCCESS);
        assertThat(task.description()).isEqualTo("Deploy Random Quotes release 1.0.0 to Test");
        assertThat(task.arguments()).containsEntry("DeploymentId", test.id());

        Deployment prod = deployAndWait(release, seed.prod());
        assertThat(parts.tasks().get(ALICE, prod.taskId()).state()).isEqualTo(TaskState.SUCCESS);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void failedTestDeploymentKeepsProdClosed(DatabaseKind kind) {
        setUp(kind);
        parts.handler().failingEnvironments.add(seed.test().id());
        Release release = release("1.0.0");
        deployAndWait(release, seed.test());

        assertThat(
                        deployments
                                .progression(ALICE, seed.space(), release.id(), null)
                                .canDeployTo(seed.prod().id()))
                .isFalse();
        // Redeploying to Test, where the release already went, is allowed.
        parts.handler().failingEnvironments.remove(seed.test().id());
        deployAndWait(release, seed.test());
        assertThat(
                        deployments
                                .progression(ALICE, seed.space(), release.id(), null)
                                .canDeployTo(seed.prod().id()))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void refusedDeploymentCreatesNothingAtAll(DatabaseKind kind) {
        setUp(kind);
        release("1.0.0");
        int tasksBefore = taskCount();

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.version(
                                                "Random Quotes", "1.0.0", "Test", "Prod")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be deployed to Prod");
        assertThat(deploymentCount()).isZero();
        assertThat(taskCount()).isEqualTo(tasksBefore);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void severalEnvironmentsAtOnceGetOneDeploymentAndTaskEach(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");

        List<Deployment> created =
                deployments.create(
                        ALICE,
                        seed.space(),
                        CreateDeploymentRequest.release(release.id(), "Dev", "Test", "dev"));

        assertThat(created)
                .extracting(Deployment::environmentId)
                .containsExactly(seed.dev().id(), seed.test().id());
        assertThat(created).extracting(Deployment::taskId).doesNotHaveDuplicates();
        created.forEach(d -> await(parts, d.taskId()));
        assertThat(deployments.historyOfRelease(ALICE, seed.space(), release.id()))
                .extracting(s -> s.deployment().environmentId(), DeploymentStatus::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(seed.test().id(), TaskState.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple(seed.dev().id(), TaskState.SUCCESS));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void promotionDeploysTheReleaseCurrentInTheSourceEnvironment(DatabaseKind kind) {
        setUp(kind);
        Release first = release("1.0.0");
        deployAndWait(first, seed.test());
        release("1.1.0");

        assertThat(deployments.currentRelease(ALICE, seed.space(), "Random Quotes", "Test", null))
                .contains(first);
        List<Deployment> promoted =
                deployments.create(
                        ALICE,
                        seed.space(),
                        CreateDeploymentRequest.promote("Random Quotes", "Test", "Prod"));
        assertThat(promoted)
                .singleElement()
                .satisfies(d -> assertThat(d.releaseId()).isEqualTo(first.id()));
        await(parts, promoted.get(0).taskId());
        assertThat(deployments.currentRelease(ALICE, seed.space(), "Random Quotes", "Prod", null))
                .contains(first);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void channelLifecycleOverridesTheProjectLifecycle(DatabaseKind kind) {
        setUp(kind);
        Lifecycle hotfixes =
                engine.lifecycles()
                        .create(
                                ALICE,
                                seed.space(),
                                Lifecycle.of("Hotfix", Phase.manual("Prod", seed.prod().id())));
        engine.channels()
                .create(
                        ALICE,
                        seed.space(),
                        Channel.of(project.id(), "Hotfix").withLifecycleId(hotfixes.id()));
        Release hotfix =
                parts.releases()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateReleaseRequest.of(project.id())
                                        .withVersion("1.0.1")
                                        .withChannel("Hotfix"));
        Release normal = release("1.1.0");

        assertThat(deployAndWait(hotfix, seed.prod()).releaseId()).isEqualTo(hotfix.id());
        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(hotfix.id(), "Test")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Release 1.0.1 cannot be deployed to Test: Test is not part of the"
                                + " lifecycle Hotfix");
        assertThat(
                        deployments
                                .progression(ALICE, seed.space(), normal.id(), null)
                                .canDeployTo(seed.prod().id()))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void promotionFromAnEmptyEnvironmentIsRefused(DatabaseKind kind) {
        setUp(kind);
        release("1.0.0");

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.promote(
                                                "Random Quotes", "Test", "Prod")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "No release of project Random Quotes has been deployed successfully to Test,"
                                + " so there is nothing to promote.");
        assertThat(deploymentCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void disabledProjectCannotBeDeployed(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");
        engine.projects()
                .modify(
                        ALICE,
                        seed.space(),
                        project.id(),
                        project.toBuilder().isDisabled(true).build());

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(release.id(), "Test")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Project Random Quotes is disabled, so it cannot be deployed.");
        assertThat(deploymentCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void scheduledDeploymentCarriesItsWindowToTheTask(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");
        Instant runAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant noRunAfter = runAt.plus(1, ChronoUnit.HOURS);

        Deployment d =
                deployments
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .scheduled(runAt, noRunAfter))
                        .get(0);

        ServerTask task = parts.tasks().get(ALICE, d.taskId());
        assertThat(task.state()).isEqualTo(TaskState.QUEUED);
        assertThat(task.queueTime()).isEqualTo(runAt);
        assertThat(task.queueTimeExpiry()).isEqualTo(noRunAfter);
        assertThat(d.queueTime()).isEqualTo(runAt);
        parts.tasks().cancel(ALICE, d.taskId());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badSchedulesAreRefused(DatabaseKind kind) {
        setUp(kind);
        Release release = release("1.0.0");
        Instant now = Instant.now();

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(release.id(), "Test")
                                                .scheduled(now.plus(31, ChronoUnit.DAYS), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A deployment can be scheduled at most 30 days ahead.");
        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(release.id(), "Test")
                                                .scheduled(
                                                        now.plus(1, ChronoUnit.DAYS),
                                                        now.plus(1, ChronoUnit.HOURS))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The no-run-after time must be later than the run-at time.");
        assertThat(deploymentCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stepsCanBeSkippedUnlessRequired(DatabaseKind kind) {
        setUp(kind);
        DeploymentProcess current =
                engine.processes().getForProject(ALICE, seed.space(), project.id());
        engine.processes()
                .modify(
                        ALICE,
                        seed.space(),
                        project.id(),
                        DeploymentProcess.edit(
                                current.version(),
                                List.of(
                                        script("Migrate database", false),
                                        script("Sign off", true))));
        Release release = release("1.0.0");
        String migrateId =
                engine.database()
                        .withHandle(
                                h -> engine.processes().getSnapshot(h, release.processSnapshotId()))
                        .action("Migrate database")
                        .orElseThrow()
                        .id();

        Deployment d =
                deployments
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .skipping(List.of("migrate database")))
                        .get(0);
        assertThat(d.skipActions()).containsExactly(migrateId);

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(release.id(), "Test")
                                                .skipping(List.of("Sign off", "Nope"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Step Sign off is required, so it cannot be skipped.",
                                                "The deployment process has no step or action 'Nope' to skip."));
        assertThat(deploymentCount()).isOne();
        await(parts, d.taskId());
    }

    private static DeploymentStep script(String name, boolean required) {
        return DeploymentStep.of(
                DeploymentAction.of(
                                name,
                                "Octopus.Script",
                                Map.of(
                                        "Octopus.Action.Script.ScriptBody",
                                        "echo hi",
                                        "Octopus.Action.Script.Syntax",
                                        "Bash",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))
                        .withIsRequired(required));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void specificAndExcludedTargetsAreResolvedAndChecked(DatabaseKind kind) {
        setUp(kind);
        Account account =
                engine.accounts()
                        .create(
                                ALICE,
                                seed.space(),
                                Account.usernamePassword("Deployer", "deploy", "pw"));
        Machine web1 =
                engine.machines()
                        .create(ALICE, seed.space(), machine("web1", seed.test(), account));
        Machine web2 =
                engine.machines()
                        .create(ALICE, seed.space(), machine("web2", seed.test(), account));
        engine.machines().create(ALICE, seed.space(), machine("prod1", seed.prod(), account));
        Release release = release("1.0.0");

        Deployment d =
                deployments
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .onMachines(List.of("web1"), List.of(web2.id())))
                        .get(0);
        assertThat(d.specificMachineIds()).containsExactly(web1.id());
        assertThat(d.excludedMachineIds()).containsExactly(web2.id());
        await(parts, d.taskId());

        assertThatThrownBy(
                        () ->
                                deployments.create(
                                        ALICE,
                                        seed.space(),
                                        CreateDeploymentRequest.release(release.id(), "Test")
                                                .onMachines(
                                                        List.of("prod1", "nope"),
                                                        List.of("web1", "web1"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Deployment target 'nope' was not found.",
                                                "Deployment target prod1 is not in environment Test."));
        assertThat(deploymentCount()).isOne();
    }

    private static Machine machine(String name, Environment env, Account account) {
        return Machine.ssh(
                name,
                List.of(env.id()),
                List.of("web"),
                SshEndpoint.of(name + ".example.org", 0, "SHA256:" + "A".repeat(43), account.id()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void guidedFailureComesFromTheRequestTheProjectOrTheEnvironment(DatabaseKind kind) {
        setUp(kind);
        engine.environments()
                .modify(
                        ALICE,
                        seed.space(),
                        seed.test().id(),
                        seed.test().withUseGuidedFailure(true));
        Release release = release("1.0.0");

        Deployment byEnvironment = deployAndWait(release, seed.test());
        Deployment off =
                deployments
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .withGuidedFailure(false))
                        .get(0);
        await(parts, off.taskId());
        engine.projects()
                .modify(
                        ALICE,
                        seed.space(),
                        project.id(),
                        engine.projects().get(ALICE, seed.space(), project.id()).toBuilder()
                                .defaultGuidedFailureMode(GuidedFailureMode.ON)
                                .build());
        Deployment byProject = deployAndWait(release, seed.dev());

        assertThat(byEnvironment.useGuidedFailure()).isTrue();
        assertThat(off.useGuidedFailure()).isFalse();
        assertThat(byProject.useGuidedFailure()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void laterDeploymentToTheSameEnvironmentQueuesBehindTheRunningOne(DatabaseKind kind)
            throws Exception {
        setUp(kind);
        Release release = release("1.0.0");
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        parts.handler().gates.put(seed.test().id(), gate);
        try {
            Deployment first =
                    deployments
                            .create(
                                    ALICE,
                                    seed.space(),
                                    CreateDeploymentRequest.release(release.id(), "Test"))
                            .get(0);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> parts.handler().running.contains(first.taskId()));
            Deployment second =
                    deployments
                            .create(
                                    ALICE,
                                    seed.space(),
                                    CreateDeploymentRequest.release(release.id(), "Test"))
                            .get(0);
            Deployment elsewhere =
                    deployments
                            .create(
                                    ALICE,
                                    seed.space(),
                                    CreateDeploymentRequest.release(release.id(), "Dev"))
                            .get(0);

            await(parts, elsewhere.taskId());
            assertThat(parts.tasks().get(ALICE, second.taskId()).state())
                    .isEqualTo(TaskState.QUEUED);
            gate.countDown();
            assertThat(await(parts, first.taskId()).state()).isEqualTo(TaskState.SUCCESS);
            ServerTask later = await(parts, second.taskId());
            assertThat(later.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(later.startTime())
                    .isAfterOrEqualTo(parts.tasks().get(ALICE, first.taskId()).completedTime());
        } finally {
            gate.countDown();
            parts.handler().gates.remove(seed.test().id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void environmentHistoryListsNewestFirst(DatabaseKind kind) {
        setUp(kind);
        Release one = release("1.0.0");
        Release two = release("1.1.0");
        deployAndWait(one, seed.test());
        deployAndWait(two, seed.test());

        var history =
                deployments.historyOfEnvironment(
                        ALICE, seed.space(), "Random Quotes", "Test", null, 0, 10);
        assertThat(history.totalResults()).isEqualTo(2);
        assertThat(history.items())
                .extracting(DeploymentStatus::releaseVersion)
                .containsExactly("1.1.0", "1.0.0");
        assertThat(deployments.currentRelease(ALICE, seed.space(), "Random Quotes", "Test", null))
                .contains(two);
        assertThat(
                        deployments
                                .list(
                                        ALICE,
                                        seed.space(),
                                        DeploymentQuery.all()
                                                .withEnvironments(List.of(seed.test().id()))
                                                .withTaskStates(
                                                        java.util.Set.of(TaskState.SUCCESS)))
                                .totalResults())
                .isEqualTo(2);
    }
}
