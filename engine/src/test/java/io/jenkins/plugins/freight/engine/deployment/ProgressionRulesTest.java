package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.EnvironmentOutcome.FAILED;
import static io.jenkins.plugins.freight.engine.deployment.EnvironmentOutcome.PENDING;
import static io.jenkins.plugins.freight.engine.deployment.EnvironmentOutcome.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressionRulesTest {

    private static final PhaseEnvironment DEV = new PhaseEnvironment("Environments-1", "Dev", true);
    private static final PhaseEnvironment TEST =
            new PhaseEnvironment("Environments-2", "Test", false);
    private static final PhaseEnvironment PROD =
            new PhaseEnvironment("Environments-3", "Prod", false);

    /**
     * The seed's lifecycle "Dev, Test, and Prod": Dev optional, Test and Prod all must complete.
     */
    private static final LifecycleProgression SEED =
            new LifecycleProgression(
                    "Dev, Test, and Prod",
                    List.of(
                            new ProgressionPhase("Dev", List.of(DEV), 0, true),
                            new ProgressionPhase("Test", List.of(TEST), 0, false),
                            new ProgressionPhase("Prod", List.of(PROD), 0, false)));

    private static Progression seed(Map<String, EnvironmentOutcome> history) {
        return ProgressionRules.evaluate("1.2.0", SEED, history);
    }

    @Test
    void newReleaseMayGoToDevOrTestButNotProdWhenDevIsOptional() {
        Progression p = seed(Map.of());
        assertThat(p.deployableEnvironmentIds())
                .containsExactly(DEV.environmentId(), TEST.environmentId());
    }

    @Test
    void deployIsRefusedWhenEarlierPhaseIncomplete() {
        Progression p = seed(Map.of(DEV.environmentId(), SUCCEEDED));
        assertThat(p.refusal(PROD.environmentId(), "Prod"))
                .contains(
                        "Release 1.2.0 cannot be deployed to Prod: phase Test must complete first"
                                + " (Test has no successful deployment of this release)");
    }

    @Test
    void successfulTestOpensProdEvenWhenDevWasSkipped() {
        Progression p = seed(Map.of(TEST.environmentId(), SUCCEEDED));
        assertThat(p.deployableEnvironmentIds())
                .containsExactly(DEV.environmentId(), TEST.environmentId(), PROD.environmentId());
        assertThat(p.refusal(PROD.environmentId(), "Prod")).isEmpty();
    }

    @Test
    void failedOrRunningDeploymentDoesNotCompleteAPhase() {
        assertThat(seed(Map.of(TEST.environmentId(), FAILED)).canDeployTo(PROD.environmentId()))
                .isFalse();
        assertThat(seed(Map.of(TEST.environmentId(), PENDING)).canDeployTo(PROD.environmentId()))
                .isFalse();
    }

    @Test
    void firstPhaseIsAlwaysAvailableEvenWhenRequired() {
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "Strict",
                        List.of(
                                new ProgressionPhase("Dev", List.of(DEV), 0, false),
                                new ProgressionPhase("Test", List.of(TEST), 0, false)));
        Progression p = ProgressionRules.evaluate("1.0.0", lifecycle, Map.of());
        assertThat(p.deployableEnvironmentIds()).containsExactly(DEV.environmentId());
        assertThat(p.refusal(TEST.environmentId(), "Test"))
                .contains(
                        "Release 1.0.0 cannot be deployed to Test: phase Dev must complete first"
                                + " (Dev has no successful deployment of this release)");
    }

    @Test
    void refusalNamesTheEarliestIncompleteRequiredPhase() {
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "Three",
                        List.of(
                                new ProgressionPhase("Dev", List.of(DEV), 0, false),
                                new ProgressionPhase("Test", List.of(TEST), 0, false),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        Progression p = ProgressionRules.evaluate("2.0.0", lifecycle, Map.of());
        assertThat(p.refusal(PROD.environmentId(), "Prod").orElseThrow())
                .contains("phase Dev must complete first");
    }

    @Test
    void allMustCompleteNamesEveryMissingEnvironment() {
        PhaseEnvironment qa = new PhaseEnvironment("Environments-4", "QA", false);
        PhaseEnvironment uat = new PhaseEnvironment("Environments-5", "UAT", false);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Test", List.of(TEST, qa, uat), 0, false),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        Progression p =
                ProgressionRules.evaluate(
                        "1.0.0", lifecycle, Map.of(qa.environmentId(), SUCCEEDED));
        assertThat(p.refusal(PROD.environmentId(), "Prod").orElseThrow())
                .endsWith(
                        "phase Test must complete first (Test and UAT have no successful"
                                + " deployment of this release)");
    }

    @Test
    void minimumEnvironmentsBeforePromotionOpensTheNextPhaseEarly() {
        PhaseEnvironment qa = new PhaseEnvironment("Environments-4", "QA", false);
        PhaseEnvironment uat = new PhaseEnvironment("Environments-5", "UAT", false);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Test", List.of(TEST, qa, uat), 2, false),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        Progression one =
                ProgressionRules.evaluate(
                        "1.0.0", lifecycle, Map.of(qa.environmentId(), SUCCEEDED));
        assertThat(one.refusal(PROD.environmentId(), "Prod").orElseThrow())
                .endsWith(
                        "phase Test must complete first (it needs successful deployments to at"
                                + " least 2 of its 3 environments and has 1 (QA))");
        Progression none = ProgressionRules.evaluate("1.0.0", lifecycle, Map.of());
        assertThat(none.refusal(PROD.environmentId(), "Prod").orElseThrow())
                .endsWith("and has none)");
        Progression two =
                ProgressionRules.evaluate(
                        "1.0.0",
                        lifecycle,
                        Map.of(qa.environmentId(), SUCCEEDED, uat.environmentId(), SUCCEEDED));
        assertThat(two.canDeployTo(PROD.environmentId())).isTrue();
    }

    @Test
    void minimumLargerThanThePhaseMeansAllOfIt() {
        ProgressionPhase phase = new ProgressionPhase("Test", List.of(TEST), 5, false);
        assertThat(phase.environmentsRequired()).isEqualTo(1);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L", List.of(phase, new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        assertThat(
                        ProgressionRules.evaluate(
                                        "1.0.0", lifecycle, Map.of(TEST.environmentId(), SUCCEEDED))
                                .canDeployTo(PROD.environmentId()))
                .isTrue();
    }

    @Test
    void consecutiveOptionalPhasesAreAllSkippable() {
        PhaseEnvironment qa = new PhaseEnvironment("Environments-4", "QA", false);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Dev", List.of(DEV), 0, true),
                                new ProgressionPhase("QA", List.of(qa), 0, true),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        assertThat(
                        ProgressionRules.evaluate("1.0.0", lifecycle, Map.of())
                                .deployableEnvironmentIds())
                .containsExactly(DEV.environmentId(), qa.environmentId(), PROD.environmentId());
    }

    @Test
    void optionalPhaseAfterARequiredOneWaitsForIt() {
        PhaseEnvironment staging = new PhaseEnvironment("Environments-4", "Staging", false);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Test", List.of(TEST), 0, false),
                                new ProgressionPhase("Staging", List.of(staging), 0, true),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        Progression before = ProgressionRules.evaluate("1.0.0", lifecycle, Map.of());
        assertThat(before.deployableEnvironmentIds()).containsExactly(TEST.environmentId());
        Progression after =
                ProgressionRules.evaluate(
                        "1.0.0", lifecycle, Map.of(TEST.environmentId(), SUCCEEDED));
        assertThat(after.deployableEnvironmentIds())
                .containsExactly(
                        TEST.environmentId(), staging.environmentId(), PROD.environmentId());
    }

    @Test
    void redeployingToAnEnvironmentAlreadyReachedIsAllowed() {
        // Prod was reached while Test succeeded; Test's latest deployment has since failed.
        Progression p = seed(Map.of(TEST.environmentId(), FAILED, PROD.environmentId(), SUCCEEDED));
        assertThat(p.refusal(PROD.environmentId(), "Prod")).isEmpty();
        assertThat(p.deployableEnvironmentIds()).contains(PROD.environmentId());
    }

    @Test
    void environmentOutsideTheLifecycleIsRefusedByName() {
        Progression p = seed(Map.of());
        assertThat(p.refusal("Environments-9", "Staging"))
                .contains(
                        "Release 1.2.0 cannot be deployed to Staging: Staging is not part of the"
                                + " lifecycle Dev, Test, and Prod");
    }

    @Test
    void requireDeployableThrowsTheRefusalAsInvalidInput() {
        Progression p = seed(Map.of());
        assertThatThrownBy(() -> p.requireDeployable(PROD.environmentId(), "Prod"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("phase Test must complete first");
        p.requireDeployable(TEST.environmentId(), "Test");
    }

    @Test
    void automaticEnvironmentsOfTheFirstPhaseAreDueAtCreation() {
        PhaseEnvironment autoDev = new PhaseEnvironment("Environments-1", "Dev", true);
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Dev", List.of(autoDev), 0, false),
                                new ProgressionPhase(
                                        "Test",
                                        List.of(
                                                new PhaseEnvironment(
                                                        "Environments-2", "Test", true)),
                                        0,
                                        false)));
        Progression created = ProgressionRules.evaluate("1.0.0", lifecycle, Map.of());
        assertThat(created.automaticDeployments()).containsExactly(autoDev);
        Progression devRunning =
                ProgressionRules.evaluate(
                        "1.0.0", lifecycle, Map.of(autoDev.environmentId(), PENDING));
        assertThat(devRunning.automaticDeployments()).isEmpty();
        Progression devDone =
                ProgressionRules.evaluate(
                        "1.0.0", lifecycle, Map.of(autoDev.environmentId(), SUCCEEDED));
        assertThat(devDone.automaticDeployments())
                .extracting(PhaseEnvironment::name)
                .containsExactly("Test");
    }

    @Test
    void optionalPhasesNeverDeployAutomatically() {
        // Dev is automatic but its phase is optional (the seed's lifecycle).
        assertThat(seed(Map.of()).automaticDeployments()).isEmpty();
    }

    @Test
    void manualEnvironmentsAreNeverDueAutomatically() {
        assertThat(seed(Map.of(TEST.environmentId(), SUCCEEDED)).automaticDeployments()).isEmpty();
    }

    @Test
    void emptyRequiredPhaseDoesNotBlock() {
        LifecycleProgression lifecycle =
                new LifecycleProgression(
                        "L",
                        List.of(
                                new ProgressionPhase("Nothing", List.of(), 0, false),
                                new ProgressionPhase("Prod", List.of(PROD), 0, false)));
        assertThat(
                        ProgressionRules.evaluate("1.0.0", lifecycle, Map.of())
                                .canDeployTo(PROD.environmentId()))
                .isTrue();
    }

    @Test
    void phaseStatesAreReported() {
        Progression p = seed(Map.of(TEST.environmentId(), SUCCEEDED));
        assertThat(p.phases())
                .extracting(PhaseProgress::available, PhaseProgress::complete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, true),
                        org.assertj.core.groups.Tuple.tuple(true, true),
                        org.assertj.core.groups.Tuple.tuple(true, false));
        assertThat(p.phases().get(2).shortfall())
                .isEqualTo("Prod has no successful deployment of this release");
    }
}
