package io.jenkins.plugins.freight.engine.lifecycle;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleServiceTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void phasesGetStableIdsAndTheEffectivePhasesFollowTheSpace(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Lifecycle created =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of(
                                        "Fast track",
                                        Phase.automatic("Dev", dev.id()),
                                        Phase.manual("Prod", prod.id())));
        assertThat(created.phases()).allSatisfy(p -> assertThat(p.id()).isNotBlank());
        assertThat(created.slug()).isEqualTo("fast-track");

        Lifecycle modified =
                engine.lifecycles()
                        .modify(ALICE, space, created.id(), created.withDescription("Two steps"));
        assertThat(modified.phases())
                .extracting(Phase::id)
                .isEqualTo(created.phases().stream().map(Phase::id).toList());

        Lifecycle defaults = engine.lifecycles().get(ALICE, space, "Default Lifecycle");
        assertThat(engine.lifecycles().effectivePhases(ALICE, space, defaults.id()))
                .extracting(Phase::name)
                .containsExactly("Dev", "Prod");
        Environment test = engine.environments().create(ALICE, space, Environment.named("Test"));
        engine.environments().reorder(ALICE, space, List.of(dev.id(), test.id(), prod.id()));
        assertThat(engine.lifecycles().effectivePhases(ALICE, space, defaults.id()))
                .extracting(Phase::name)
                .containsExactly("Dev", "Test", "Prod");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void brokenPhaseRulesAreListedAndNothingIsSaved(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Lifecycle bad =
                Lifecycle.of(
                        "Broken",
                        Phase.manual("One", dev.id()).asOptional(),
                        Phase.manual("Two", dev.id())
                                .asOptional()
                                .withMinimumEnvironmentsBeforePromotion(3),
                        Phase.manual("Three").asOptional(),
                        Phase.manual("Four").asOptional(),
                        Phase.manual("four", "Environments-0").asOptional());

        assertThatThrownBy(() -> engine.lifecycles().create(ALICE, space, bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactlyInAnyOrder(
                                                "Environment '"
                                                        + dev.id()
                                                        + "' appears in more than one phase (Phase 'One' and 'Two'); an environment may appear in only one phase.",
                                                "Phase 'Two' requires 3 environments before promotion but has only 1.",
                                                "Two phases are named 'four'.",
                                                "Only one phase may leave its environments empty (meaning every environment no other phase names).",
                                                "At least one phase must be required; not every phase may be optional.",
                                                "Environment 'Environments-0' was not found in this space."));
        assertThat(engine.lifecycles().list(ALICE, space, ListQuery.all()).totalResults())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void environmentsOfAnotherSpaceCannotBeUsedInPhases(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String other = ModelTesting.newSpace(engine);
        Environment foreign = engine.environments().create(ALICE, other, Environment.named("Dev"));
        assertThatThrownBy(
                        () ->
                                engine.lifecycles()
                                        .create(
                                                ALICE,
                                                space,
                                                Lifecycle.of(
                                                        "X", Phase.manual("Dev", foreign.id()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("was not found in this space");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLifecycleAProjectUsesCannotBeDeleted(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Lifecycle lifecycle = engine.lifecycles().create(ALICE, space, Lifecycle.of("Custom"));
        Project project =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Shop").lifecycleId(lifecycle.id()).build());
        assertThatThrownBy(() -> engine.lifecycles().delete(ALICE, space, lifecycle.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Lifecycle 'Custom' is still used by project 'Shop' ("
                                + project.id()
                                + "); remove those references first.");
        assertThatThrownBy(() -> engine.lifecycles().create(ALICE, space, Lifecycle.of("custom")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A lifecycle named 'custom' already exists in this space.");
        engine.projects().delete(ALICE, space, project.id());
        engine.lifecycles().delete(ALICE, space, lifecycle.id());
    }
}
