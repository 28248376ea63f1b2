package io.jenkins.plugins.freight.engine.project;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectServiceTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewProjectGetsTheSpaceDefaultsItsProcessVariableSetAndDefaultChannel(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project =
                engine.projects().create(ALICE, space, Project.builder("Random Quotes").build());

        assertThat(project.id()).matches("Projects-\\d+");
        assertThat(project.slug()).isEqualTo("random-quotes");
        assertThat(project.deploymentProcessId()).isEqualTo("deploymentprocess-" + project.id());
        assertThat(project.variableSetId()).isEqualTo("variableset-" + project.id());
        assertThat(project.projectGroupId())
                .isEqualTo(
                        engine.projectGroups().get(ALICE, space, ProjectGroup.DEFAULT_NAME).id());
        assertThat(project.lifecycleId())
                .isEqualTo(engine.lifecycles().get(ALICE, space, Lifecycle.DEFAULT_NAME).id());
        assertThat(project.tenantedDeploymentMode()).isEqualTo(TenantedDeploymentMode.UNTENANTED);
        assertThat(project.defaultGuidedFailureMode())
                .isEqualTo(GuidedFailureMode.ENVIRONMENT_DEFAULT);
        assertThat(project.versioningStrategy().template())
                .isEqualTo(
                        "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}");
        assertThat(project.isDisabled()).isFalse();

        Page<Channel> channels =
                engine.channels().list(ALICE, space, ListQuery.all(), project.id());
        assertThat(channels.items())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.name()).isEqualTo("Default");
                            assertThat(c.isDefault()).isTrue();
                            assertThat(c.lifecycleId()).isNull();
                        });
        assertThat(engine.projects().get(ALICE, space, "random-quotes")).isEqualTo(project);
        assertThat(engine.projects().get(ALICE, space, "RANDOM QUOTES")).isEqualTo(project);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void modifyKeepsTheDerivedIdsAndChecksReferences(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String other = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        String foreignLifecycle =
                engine.lifecycles().get(ALICE, other, Lifecycle.DEFAULT_NAME).id();

        Project changed =
                engine.projects()
                        .modify(
                                ALICE,
                                space,
                                project.id(),
                                project.toBuilder()
                                        .name("Web Shop")
                                        .description("Sells things")
                                        .deploymentProcessId("deploymentprocess-Projects-999")
                                        .isDisabled(true)
                                        .tenantedDeploymentMode(
                                                TenantedDeploymentMode.TENANTED_OR_UNTENANTED)
                                        .versioningStrategy(
                                                VersioningStrategy.template(
                                                        "1.0.#{Octopus.Version.NextPatch}"))
                                        .build());
        assertThat(changed.deploymentProcessId()).isEqualTo(project.deploymentProcessId());
        assertThat(changed.slug()).isEqualTo("shop");
        assertThat(changed.isDisabled()).isTrue();

        assertThatThrownBy(
                        () ->
                                engine.projects()
                                        .modify(
                                                ALICE,
                                                space,
                                                project.id(),
                                                changed.toBuilder()
                                                        .lifecycleId(foreignLifecycle)
                                                        .projectGroupId("ProjectGroups-0")
                                                        .versioningStrategy(
                                                                VersioningStrategy.template(" "))
                                                        .build()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Project group 'ProjectGroups-0' was not found in this space.",
                                                "Lifecycle '"
                                                        + foreignLifecycle
                                                        + "' was not found in this space.",
                                                "The versioning strategy needs a version template or a donor package."));
        assertThat(engine.projects().get(ALICE, space, project.id())).isEqualTo(changed);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void projectsAreInvisibleFromOtherSpaces(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String other = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        assertThatThrownBy(() -> engine.projects().get(ALICE, other, project.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Project '" + project.id() + "' was not found");
        assertThatThrownBy(() -> engine.projects().delete(ALICE, other, project.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(engine.projects().create(ALICE, other, Project.builder("Shop").build()).name())
                .isEqualTo("Shop");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingAProjectRemovesItsProcessAndChannels(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        engine.channels().create(ALICE, space, Channel.of(project.id(), "Hotfix"));

        engine.projects().delete(ALICE, space, project.id());
        assertThatThrownBy(() -> engine.projects().get(ALICE, space, project.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> engine.processes().get(ALICE, space, project.deploymentProcessId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(engine.channels().list(ALICE, space, ListQuery.all(), null).items()).isEmpty();
        // the name is free again
        engine.projects().create(ALICE, space, Project.builder("Shop").build());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void projectGroupsWithProjectsCannotBeDeleted(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        ProjectGroup group = engine.projectGroups().create(ALICE, space, ProjectGroup.named("Web"));
        Project project =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Shop").projectGroupId("Web").build());
        assertThat(project.projectGroupId()).isEqualTo(group.id());
        assertThat(engine.projects().list(ALICE, space, ListQuery.all(), group.id()).items())
                .extracting(Project::name)
                .containsExactly("Shop");

        assertThatThrownBy(() -> engine.projectGroups().delete(ALICE, space, group.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Project group 'Web' is still used by project 'Shop' ("
                                + project.id()
                                + "); remove those references first.");
        engine.projects()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        project.toBuilder().projectGroupId(null).build());
        engine.projectGroups().delete(ALICE, space, group.id());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrentCreatesOfOneNameResolveToExactlyOneProject(DatabaseKind kind) throws Exception {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        AtomicInteger conflicts = new AtomicInteger();
        List<CompletableFuture<Void>> runs =
                java.util.stream.IntStream.range(0, racers)
                        .mapToObj(
                                i ->
                                        CompletableFuture.runAsync(
                                                () -> {
                                                    try {
                                                        start.await();
                                                        engine.projects()
                                                                .create(
                                                                        ALICE,
                                                                        space,
                                                                        Project.builder("Racy")
                                                                                .build());
                                                    } catch (ConflictException e) {
                                                        conflicts.incrementAndGet();
                                                    } catch (Exception e) {
                                                        throw new IllegalStateException(e);
                                                    }
                                                }))
                        .toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        assertThat(conflicts).hasValue(racers - 1);
        assertThat(engine.projects().list(ALICE, space, ListQuery.all(), null).totalResults())
                .isEqualTo(1);
        assertThat(engine.channels().list(ALICE, space, ListQuery.all(), null).totalResults())
                .isEqualTo(1);
    }
}
