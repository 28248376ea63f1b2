package io.jenkins.plugins.freight.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.environment.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivePhasesTest {

    static Environment env(String id, String name, int order) {
        return new Environment(
                id, "Spaces-1", name, null, "", order, false, false, List.of(), null, null);
    }

    static final List<Environment> DEV_TEST_PROD =
            List.of(
                    env("Environments-1", "Dev", 1),
                    env("Environments-2", "Test", 2),
                    env("Environments-3", "Prod", 3));

    @Test
    void aLifecycleWithoutPhasesHasOneRequiredManualPhasePerEnvironmentInSortOrder() {
        List<Phase> phases = Lifecycle.of("Default Lifecycle").effectivePhases(DEV_TEST_PROD);

        assertThat(phases).extracting(Phase::name).containsExactly("Dev", "Test", "Prod");
        assertThat(phases)
                .allSatisfy(
                        p -> {
                            assertThat(p.automaticDeploymentTargets()).isEmpty();
                            assertThat(p.optionalDeploymentTargets()).hasSize(1);
                            assertThat(p.isOptionalPhase()).isFalse();
                            assertThat(p.environmentsRequired()).isEqualTo(1);
                            assertThat(p.releaseRetentionPolicy())
                                    .isEqualTo(RetentionPeriod.keepForever());
                        });
        assertThat(phases.get(2).environmentIds()).containsExactly("Environments-3");
    }

    @Test
    void aPhaseWithoutEnvironmentsTakesEveryEnvironmentNoOtherPhaseNames() {
        Lifecycle lifecycle =
                Lifecycle.of(
                        "Catch all",
                        Phase.automatic("Dev", "Environments-1"),
                        Phase.manual("Everything else"));
        List<Phase> phases =
                lifecycle.effectivePhases(
                        List.of(
                                env("Environments-1", "Dev", 1),
                                env("Environments-3", "Prod", 2),
                                env("Environments-2", "Test", 3)));
        assertThat(phases.get(0).isAutomatic("Environments-1")).isTrue();
        assertThat(phases.get(1).optionalDeploymentTargets())
                .containsExactly("Environments-3", "Environments-2");
    }

    @Test
    void phasesInheritRetentionFromTheNearestEarlierPhaseWithAPolicy() {
        RetentionPeriod three = RetentionPeriod.keep(3, RetentionPeriod.Unit.ITEMS);
        Lifecycle lifecycle =
                Lifecycle.of(
                        "Retention",
                        Phase.manual("Dev", "Environments-1"),
                        Phase.manual("Test", "Environments-2").withReleaseRetentionPolicy(three),
                        Phase.manual("Prod", "Environments-3"));
        List<Phase> phases = lifecycle.effectivePhases(DEV_TEST_PROD);
        assertThat(phases)
                .extracting(Phase::releaseRetentionPolicy)
                .containsExactly(RetentionPeriod.keepForever(), three, three);
    }

    @Test
    void minimumZeroMeansAllAndAMinimumCountsAtMostThePhaseSize() {
        Phase both = Phase.manual("Both", "Environments-1", "Environments-2");
        assertThat(both.environmentsRequired()).isEqualTo(2);
        assertThat(both.withMinimumEnvironmentsBeforePromotion(1).environmentsRequired())
                .isEqualTo(1);
    }
}
