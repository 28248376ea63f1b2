package io.jenkins.plugins.freight.engine.environment;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnvironmentServiceTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void newEnvironmentsGoLastAndListInSortOrder(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        EnvironmentService environments = engine.environments();
        Environment dev = environments.create(ALICE, space, Environment.named("Dev"));
        Environment test = environments.create(ALICE, space, Environment.named("Test"));
        Environment prod = environments.create(ALICE, space, Environment.named("Prod"));

        assertThat(dev.id()).matches("Environments-\\d+");
        assertThat(List.of(dev.sortOrder(), test.sortOrder(), prod.sortOrder()))
                .containsExactly(1, 2, 3);
        assertThat(environments.all(ALICE, space))
                .extracting(Environment::name)
                .containsExactly("Dev", "Test", "Prod");
        assertThat(dev.spaceId()).isEqualTo(space);
        assertThat(dev.useGuidedFailure()).isFalse();
        assertThat(dev.lastModifiedBy()).isEqualTo("alice");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void environmentsAreFoundByIdSlugOrNameButNeverAcrossSpaces(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String other = ModelTesting.newSpace(engine);
        Environment env = engine.environments().create(ALICE, space, Environment.named("QA Lab 2"));

        assertThat(env.slug()).isEqualTo("qa-lab-2");
        assertThat(engine.environments().get(ALICE, space, env.id())).isEqualTo(env);
        assertThat(engine.environments().get(ALICE, space, "qa-lab-2")).isEqualTo(env);
        assertThat(engine.environments().get(ALICE, space, "qa lab 2")).isEqualTo(env);
        assertThatThrownBy(() -> engine.environments().get(ALICE, other, env.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Environment '" + env.id() + "' was not found");
        assertThatThrownBy(() -> engine.environments().get(ALICE, "Spaces-424242", env.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Space");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void duplicateNamesAreRefusedAndChangeNothing(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        engine.environments().create(ALICE, space, Environment.named("Prod"));

        assertThatThrownBy(
                        () ->
                                engine.environments()
                                        .create(ALICE, space, Environment.named("PROD ")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("An environment named 'PROD' already exists in this space.");
        assertThat(engine.environments().all(ALICE, space)).hasSize(1);
        // the same name is fine in another space
        String other = ModelTesting.newSpace(engine);
        assertThat(engine.environments().create(ALICE, other, Environment.named("Prod")).slug())
                .isEqualTo("prod");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void slugsAreMadeUniqueAndGivenSlugsAreChecked(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment a = engine.environments().create(ALICE, space, Environment.named("Prod!"));
        Environment b = engine.environments().create(ALICE, space, Environment.named("Prod?"));
        assertThat(a.slug()).isEqualTo("prod");
        assertThat(b.slug()).isEqualTo("prod-1");
        assertThatThrownBy(
                        () ->
                                engine.environments()
                                        .create(
                                                ALICE,
                                                space,
                                                Environment.named("Other").withSlug("prod")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("slug 'prod'");
        assertThatThrownBy(
                        () ->
                                engine.environments()
                                        .create(
                                                ALICE,
                                                space,
                                                Environment.named("Other").withSlug("Not A Slug")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not valid");
        assertThat(engine.environments().all(ALICE, space)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void renamingKeepsTheSlugAndPosition(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        engine.environments().create(ALICE, space, Environment.named("Test"));
        Environment renamed =
                engine.environments()
                        .modify(
                                ALICE,
                                space,
                                dev.id(),
                                dev.withName("Development")
                                        .withUseGuidedFailure(true)
                                        .withSortOrder(0));
        assertThat(renamed.slug()).isEqualTo("dev");
        assertThat(renamed.sortOrder()).isEqualTo(1);
        assertThat(renamed.useGuidedFailure()).isTrue();
        assertThat(engine.environments().get(ALICE, space, "development").id()).isEqualTo(dev.id());
        assertThatThrownBy(
                        () ->
                                engine.environments()
                                        .modify(ALICE, space, dev.id(), dev.withName("test")))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsFilterByPartialNameAndIdsAndPageWithTotals(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        for (String name : List.of("Dev 1", "Dev 2", "Dev 3", "Test", "Prod_50%")) {
            engine.environments().create(ALICE, space, Environment.named(name));
        }
        Page<Environment> page =
                engine.environments()
                        .list(
                                ALICE,
                                space,
                                ListQuery.firstPage().withPartialName("dev").page(1, 1));
        assertThat(page.totalResults()).isEqualTo(3);
        assertThat(page.items()).extracting(Environment::name).containsExactly("Dev 2");

        Page<Environment> literal =
                engine.environments().list(ALICE, space, ListQuery.all().withPartialName("_50%"));
        assertThat(literal.items()).extracting(Environment::name).containsExactly("Prod_50%");
        assertThat(
                        engine.environments()
                                .list(ALICE, space, ListQuery.all().withPartialName("%"))
                                .totalResults())
                .isEqualTo(1);

        String testId = engine.environments().get(ALICE, space, "Test").id();
        Page<Environment> byIds =
                engine.environments()
                        .list(
                                ALICE,
                                space,
                                ListQuery.all().withIds(List.of(testId, "Environments-0")));
        assertThat(byIds.items()).extracting(Environment::id).containsExactly(testId);
        assertThat(
                        engine.environments()
                                .list(ALICE, space, ListQuery.all().withName("TEST"))
                                .items())
                .extracting(Environment::id)
                .containsExactly(testId);
        assertThat(
                        engine.environments()
                                .list(ALICE, space, ListQuery.firstPage().page(10, 5))
                                .items())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reorderPutsListedEnvironmentsFirst(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment test = engine.environments().create(ALICE, space, Environment.named("Test"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));

        engine.environments().reorder(ALICE, space, List.of(prod.id(), dev.id()));
        assertThat(engine.environments().all(ALICE, space))
                .extracting(Environment::name)
                .containsExactly("Prod", "Dev", "Test");
        assertThatThrownBy(
                        () ->
                                engine.environments()
                                        .reorder(
                                                ALICE, space, List.of(test.id(), "Environments-0")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Environments-0");
        assertThat(engine.environments().all(ALICE, space))
                .extracting(Environment::name)
                .containsExactly("Prod", "Dev", "Test");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingAnEnvironmentALifecycleUsesIsRefusedByName(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment spare = engine.environments().create(ALICE, space, Environment.named("Spare"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of("Only dev", Phase.manual("Dev", dev.id())));

        assertThatThrownBy(() -> engine.environments().delete(ALICE, space, dev.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Environment 'Dev' is still used by lifecycle 'Only dev' ("
                                + lifecycle.id()
                                + "); remove those references first.");
        assertThat(engine.environments().get(ALICE, space, dev.id())).isEqualTo(dev);

        engine.environments().delete(ALICE, space, spare.id());
        assertThatThrownBy(() -> engine.environments().get(ALICE, space, spare.id()))
                .isInstanceOf(NotFoundException.class);
        engine.lifecycles().delete(ALICE, space, lifecycle.id());
        engine.environments().delete(ALICE, space, dev.id());
        assertThat(engine.environments().all(ALICE, space)).isEmpty();
    }
}
