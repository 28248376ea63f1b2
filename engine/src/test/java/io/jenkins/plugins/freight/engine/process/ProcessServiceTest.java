package io.jenkins.plugins.freight.engine.process;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessServiceTest {

    static DeploymentStep script(String name, String body) {
        return DeploymentStep.of(
                DeploymentAction.of(
                        name,
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody",
                                body,
                                "Octopus.Action.Script.Syntax",
                                "Bash",
                                DeploymentAction.RUN_ON_SERVER,
                                "true")));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNewProjectHasAnEmptyProcessAtVersionZero(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());

        DeploymentProcess process = engine.processes().getForProject(ALICE, space, project.id());
        assertThat(process.id()).isEqualTo("deploymentprocess-" + project.id());
        assertThat(process.projectId()).isEqualTo(project.id());
        assertThat(process.version()).isZero();
        assertThat(process.steps()).isEmpty();
        assertThat(engine.processes().get(ALICE, space, process.id())).isEqualTo(process);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void modifyAssignsIdsAndBumpsTheVersionAndAStaleVersionIsRefused(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());

        DeploymentProcess saved =
                engine.processes()
                        .modify(
                                ALICE,
                                space,
                                project.id(),
                                DeploymentProcess.edit(0, List.of(script("Hello", "echo hi"))));
        assertThat(saved.version()).isEqualTo(1);
        DeploymentStep step = saved.steps().get(0);
        assertThat(step.id()).isNotBlank();
        assertThat(step.actions().get(0).id()).isNotBlank();

        // a second edit keeps the ids it was given
        DeploymentProcess again =
                engine.processes()
                        .modify(
                                ALICE,
                                space,
                                project.id(),
                                DeploymentProcess.edit(
                                        1, List.of(step, script("Bye", "echo bye"))));
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.steps().get(0).id()).isEqualTo(step.id());

        assertThatThrownBy(
                        () ->
                                engine.processes()
                                        .modify(
                                                ALICE,
                                                space,
                                                project.id(),
                                                DeploymentProcess.edit(1, List.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessage(ProcessService.STALE_VERSION_MESSAGE);
        assertThat(engine.processes().getForProject(ALICE, space, project.id())).isEqualTo(again);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void invalidProcessesListEveryProblemAndChangeNothing(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        DeploymentAction deploy =
                DeploymentAction.of("Deploy", "Octopus.TentaclePackage", Map.of())
                        .withPackages(List.of(PackageReference.primary("Bad Id!", "")))
                        .withEnvironments(List.of("Environments-0"));
        DeploymentProcess bad =
                DeploymentProcess.edit(
                        0,
                        List.of(
                                script("Hello", "echo hi"),
                                script("hello", ""),
                                DeploymentStep.of(deploy),
                                DeploymentStep.of(
                                        DeploymentAction.of(
                                                "Sign off", "Octopus.Manual", Map.of())),
                                script("Roll", "echo roll")
                                        .withProperties(
                                                Map.of(DeploymentStep.MAX_PARALLELISM, "none"))));

        assertThatThrownBy(() -> engine.processes().modify(ALICE, space, project.id(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .contains(
                                                "Two steps are named 'hello'; step names must be unique.",
                                                "Action 'hello' needs a script body (Octopus.Action.Script.ScriptBody).",
                                                "Action 'Deploy': the primary package has a malformed package id 'Bad Id!' (letters, digits and . _ - / : @ + only).",
                                                "Action 'Deploy': the primary package needs a feed id (for example feeds-builtin).",
                                                "Action 'Deploy' runs on deployment targets, so step 'Deploy' needs target tags (Octopus.Action.TargetRoles).",
                                                "Action 'Sign off' needs instructions (Octopus.Action.Manual.Instructions).",
                                                "Step 'Roll': Octopus.Action.MaxParallelism must be a whole number of at least 1 (or a #{variable}), not 'none'.",
                                                "Environment 'Environments-0' was not found in this space."));
        assertThat(engine.processes().getForProject(ALICE, space, project.id()).version()).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void environmentsOfAnotherSpaceAreRejected(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String other = ModelTesting.newSpace(engine);
        Environment foreign = engine.environments().create(ALICE, other, Environment.named("Prod"));
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        DeploymentStep step = script("Hello", "echo hi");
        DeploymentStep scoped =
                step.withActions(
                        List.of(step.actions().get(0).withEnvironments(List.of(foreign.id()))));

        assertThatThrownBy(
                        () ->
                                engine.processes()
                                        .modify(
                                                ALICE,
                                                space,
                                                project.id(),
                                                DeploymentProcess.edit(0, List.of(scoped))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(
                        "Environment '" + foreign.id() + "' was not found in this space.");
        assertThatThrownBy(() -> engine.processes().getForProject(ALICE, other, project.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void snapshotsAreImmutableAndSharedWhileTheProcessIsUnchanged(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        ProcessService processes = engine.processes();
        processes.modify(
                ALICE,
                space,
                project.id(),
                DeploymentProcess.edit(0, List.of(script("A", "echo a"))));

        String first = engine.database().inTransaction(h -> processes.snapshot(h, project.id()));
        String same = engine.database().inTransaction(h -> processes.snapshot(h, project.id()));
        assertThat(first).matches("deploymentprocess-" + project.id() + "-s-1-[A-Z0-9]{5}");
        assertThat(same).isEqualTo(first);
        assertThat(processes.getForProject(ALICE, space, project.id()).lastSnapshotId())
                .isEqualTo(first);

        processes.modify(
                ALICE,
                space,
                project.id(),
                DeploymentProcess.edit(1, List.of(script("B", "echo b"))));
        String second = engine.database().inTransaction(h -> processes.snapshot(h, project.id()));
        assertThat(second).isNotEqualTo(first).contains("-s-2-");

        DeploymentProcess frozen =
                engine.database().withHandle(h -> processes.getSnapshot(h, first));
        assertThat(frozen.id()).isEqualTo(first);
        assertThat(frozen.isSnapshot()).isTrue();
        assertThat(frozen.steps()).extracting(DeploymentStep::name).containsExactly("A");
        assertThat(processes.get(ALICE, space, second).steps())
                .extracting(DeploymentStep::name)
                .containsExactly("B");
        assertThatThrownBy(
                        () -> engine.database().withHandle(h -> processes.getSnapshot(h, "nope")))
                .isInstanceOf(NotFoundException.class);
    }
}
