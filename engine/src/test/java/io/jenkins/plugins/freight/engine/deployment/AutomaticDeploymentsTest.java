package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.ALICE;
import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Parts;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Seed;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class AutomaticDeploymentsTest {

    private Parts parts;
    private String space;
    private Environment dev;
    private Environment test;
    private Environment prod;
    private Project project;

    /** Dev and Test deploy automatically (both required), Prod on request. */
    private void setUp(DatabaseKind kind) {
        parts = DeploymentTesting.parts(kind);
        Engine engine = parts.engine();
        space = ModelTesting.newSpace(engine);
        dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        test = engine.environments().create(ALICE, space, Environment.named("Test"));
        prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of(
                                        "Continuous",
                                        Phase.automatic("Dev", dev.id()),
                                        Phase.automatic("Test", test.id()),
                                        Phase.manual("Prod", prod.id())));
        project = DeploymentTesting.project(engine, space, "Web", lifecycle.id());
    }

    private List<DeploymentStatus> history(Release release) {
        return parts.deployments().historyOfRelease(ALICE, space, release.id());
    }

    private List<DeploymentStatus> awaitHistory(Release release, int size) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                history(release).size() >= size
                                        && history(release).stream()
                                                .allMatch(s -> s.state().isTerminal()));
        return history(release);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void releaseFlowsThroughAutomaticPhasesAndStopsAtAManualOne(DatabaseKind kind) {
        setUp(kind);
        Release release =
                parts.releases()
                        .create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));

        List<DeploymentStatus> done = awaitHistory(release, 2);
        assertThat(done)
                .extracting(s -> s.deployment().environmentId(), DeploymentStatus::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(test.id(), TaskState.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple(dev.id(), TaskState.SUCCESS));
        assertThat(done)
                .allSatisfy(s -> assertThat(s.deployment().deployedById()).isEqualTo("system"));
        // Prod is manual: nothing more happens, but it is now open.
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> history(release).size() == 2);
        assertThat(
                        parts.deployments()
                                .progression(ALICE, space, release.id(), null)
                                .canDeployTo(prod.id()))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void failedAutomaticDeploymentDoesNotOpenTheNextPhase(DatabaseKind kind) {
        setUp(kind);
        parts.handler().failingEnvironments.add(dev.id());
        try {
            Release release =
                    parts.releases()
                            .create(
                                    ALICE,
                                    space,
                                    CreateReleaseRequest.of("Web").withVersion("1.0.0"));

            List<DeploymentStatus> done = awaitHistory(release, 1);
            Awaitility.await()
                    .during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> history(release).size() == 1);
            assertThat(done)
                    .singleElement()
                    .satisfies(s -> assertThat(s.state()).isEqualTo(TaskState.FAILED));
        } finally {
            parts.handler().failingEnvironments.remove(dev.id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void optionalPhaseNeverDeploysAutomatically(DatabaseKind kind) {
        Parts p = DeploymentTesting.parts(kind);
        Seed seed = DeploymentTesting.seed(p.engine(), true);
        Project quotes =
                DeploymentTesting.project(
                        p.engine(), seed.space(), "Quotes", seed.lifecycle().id());

        Release release =
                p.releases()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateReleaseRequest.of(quotes.id()).withVersion("1.0.0"));

        Awaitility.await()
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                p.deployments()
                                        .historyOfRelease(ALICE, seed.space(), release.id())
                                        .isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void manualDeploymentThatOpensAnAutomaticPhaseTriggersIt(DatabaseKind kind) {
        Parts p = DeploymentTesting.parts(kind);
        Engine engine = p.engine();
        String s = ModelTesting.newSpace(engine);
        Environment qa = engine.environments().create(ALICE, s, Environment.named("QA"));
        Environment staging = engine.environments().create(ALICE, s, Environment.named("Staging"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                ALICE,
                                s,
                                Lifecycle.of(
                                        "QA then Staging",
                                        Phase.manual("QA", qa.id()),
                                        Phase.automatic("Staging", staging.id())));
        Project web = DeploymentTesting.project(engine, s, "Web", lifecycle.id());
        Release release =
                p.releases()
                        .create(ALICE, s, CreateReleaseRequest.of(web.id()).withVersion("2.0.0"));
        assertThat(p.deployments().historyOfRelease(ALICE, s, release.id())).isEmpty();

        await(
                p,
                p.deployments()
                        .create(ALICE, s, CreateDeploymentRequest.release(release.id(), "QA"))
                        .get(0)
                        .taskId());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                p.deployments().historyOfRelease(ALICE, s, release.id()).stream()
                                        .anyMatch(
                                                st ->
                                                        st.deployment()
                                                                        .environmentId()
                                                                        .equals(staging.id())
                                                                && st.state()
                                                                        == TaskState.SUCCESS));
    }
}
