package io.jenkins.plugins.freight.engine.space;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpaceServiceTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void firstStartCreatesTheDefaultSpaceOnceWithItsDefaults(DatabaseKind kind) {
        try (Engine engine = ModelTesting.fresh(kind)) {
            Space space = engine.spaces().get(ALICE, Space.DEFAULT_ID);
            assertThat(space.name()).isEqualTo("Default");
            assertThat(space.isDefault()).isTrue();
            assertThat(space.slug()).isEqualTo("default");
            assertThat(engine.spaces().ensureDefaultSpace().id()).isEqualTo(Space.DEFAULT_ID);
            assertThat(engine.spaces().list(ALICE, ListQuery.all()).totalResults()).isEqualTo(1);
            assertThat(
                            engine.projectGroups()
                                    .get(ALICE, "Spaces-1", ProjectGroup.DEFAULT_NAME)
                                    .id())
                    .isEqualTo("ProjectGroups-1");
            Lifecycle lifecycle =
                    engine.lifecycles().get(ALICE, "Spaces-1", Lifecycle.DEFAULT_NAME);
            assertThat(lifecycle.id()).isEqualTo("Lifecycles-1");
            assertThat(lifecycle.phases()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void newSpaceStartsWithDefaultProjectGroupAndLifecycle(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        Space space =
                engine.spaces()
                        .create(ALICE, Space.named("Team " + kind + " " + System.nanoTime()));
        assertThat(space.id()).matches("Spaces-\\d+").isNotEqualTo(Space.DEFAULT_ID);
        assertThat(space.isDefault()).isFalse();
        assertThat(space.lastModifiedBy()).isEqualTo("alice");
        assertThat(engine.projectGroups().list(ALICE, space.id(), ListQuery.all()).items())
                .extracting(ProjectGroup::name)
                .containsExactly(ProjectGroup.DEFAULT_NAME);
        assertThat(engine.lifecycles().list(ALICE, space.id(), ListQuery.all()).items())
                .extracting(Lifecycle::name)
                .containsExactly(Lifecycle.DEFAULT_NAME);
        assertThat(engine.spaces().get(ALICE, space.slug()).id()).isEqualTo(space.id());
        assertThat(engine.spaces().get(ALICE, space.name().toUpperCase()).id())
                .isEqualTo(space.id());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void duplicateSpaceNameIsRefusedCaseInsensitively(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String name = "Dup " + System.nanoTime();
        engine.spaces().create(ALICE, Space.named(name));
        long before = engine.spaces().list(ALICE, ListQuery.all()).totalResults();
        assertThatThrownBy(() -> engine.spaces().create(ALICE, Space.named(name.toUpperCase())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
        assertThat(engine.spaces().list(ALICE, ListQuery.all()).totalResults()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void blankNameAndUnknownSpaceGiveClearErrors(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        assertThatThrownBy(() -> engine.spaces().create(ALICE, Space.named("  ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The space name is required.");
        assertThatThrownBy(() -> engine.spaces().get(ALICE, "Spaces-999999"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Space 'Spaces-999999' was not found");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theDefaultFlagMovesButCannotBeDropped(DatabaseKind kind) {
        try (Engine engine = ModelTesting.fresh(kind)) {
            Space other = engine.spaces().create(ALICE, Space.named("Other"));
            Space current = engine.spaces().get(ALICE, Space.DEFAULT_ID);
            assertThatThrownBy(
                            () ->
                                    engine.spaces()
                                            .modify(
                                                    ALICE,
                                                    current.id(),
                                                    new Space(
                                                            null, "Default", null, "", false, false,
                                                            null, null, null, null)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("make another space the default");
            engine.spaces()
                    .modify(
                            ALICE,
                            other.id(),
                            new Space(
                                    null, "Other", null, "", true, false, null, null, null, null));
            assertThat(engine.spaces().get(ALICE, Space.DEFAULT_ID).isDefault()).isFalse();
            assertThat(engine.spaces().get(ALICE, other.id()).isDefault()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nodesStartingTogetherCreateTheDefaultSpaceExactlyOnce(DatabaseKind kind, @TempDir Path dir)
            throws Exception {
        DatabaseSettings shared = kind.newSettings();
        List<CompletableFuture<Engine>> starts =
                List.of("a", "b", "c").stream()
                        .map(
                                node ->
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        Engine.open(
                                                                EngineSettings.defaults(
                                                                                dir.resolve(node))
                                                                        .withDatabase(shared))))
                        .toList();
        List<Engine> engines = new java.util.ArrayList<>();
        try {
            for (CompletableFuture<Engine> start : starts) {
                engines.add(start.get());
            }
            Engine any = engines.get(0);
            io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(any, ALICE);
            assertThat(any.spaces().list(ALICE, ListQuery.all()).items())
                    .extracting(Space::id)
                    .containsExactly(Space.DEFAULT_ID);
            assertThat(
                            any.projectGroups()
                                    .list(ALICE, Space.DEFAULT_ID, ListQuery.all())
                                    .totalResults())
                    .isEqualTo(1);
            assertThat(
                            any.lifecycles()
                                    .list(ALICE, Space.DEFAULT_ID, ListQuery.all())
                                    .totalResults())
                    .isEqualTo(1);
        } finally {
            engines.forEach(Engine::close);
        }
    }
}
