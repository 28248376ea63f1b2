package io.jenkins.plugins.freight.engine.channel;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelServiceTest {

    record Fixture(Engine engine, String space, Project project) {}

    static Fixture projectWithPackageStep(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Project project = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        DeploymentAction deploy =
                DeploymentAction.of("Deploy web", "Octopus.TentaclePackage", Map.of())
                        .withPackages(
                                List.of(
                                        PackageReference.primary("Shop.Web", "feeds-builtin"),
                                        PackageReference.named(
                                                "tools", "Shop.Tools", "feeds-builtin")));
        engine.processes()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        DeploymentProcess.edit(
                                0,
                                List.of(
                                        DeploymentStep.of(
                                                "Deploy web",
                                                Map.of(DeploymentStep.TARGET_ROLES, "web"),
                                                deploy))));
        return new Fixture(engine, space, project);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void versionRulesAreCheckedAgainstTheProcess(DatabaseKind kind) {
        Fixture f = projectWithPackageStep(kind);
        Channel beta =
                f.engine()
                        .channels()
                        .create(
                                ALICE,
                                f.space(),
                                Channel.of(f.project().id(), "Beta")
                                        .withRules(
                                                List.of(
                                                        ChannelRule.of(
                                                                "[2.0,3.0)",
                                                                "^beta",
                                                                ActionPackage.primary("Deploy web"),
                                                                new ActionPackage(
                                                                        "Deploy web", "tools")))));
        assertThat(beta.rules()).singleElement().satisfies(r -> assertThat(r.id()).isNotBlank());
        assertThat(beta.rulesFor("deploy web", "")).hasSize(1);
        assertThat(beta.isDefault()).isFalse();

        Channel bad =
                Channel.of(f.project().id(), "Broken")
                        .withRules(
                                List.of(
                                        ChannelRule.of("[2.0,", "(", ActionPackage.primary("Nope")),
                                        ChannelRule.of(
                                                "", "", new ActionPackage("Deploy web", "other"))));
        assertThatThrownBy(() -> f.engine().channels().create(ALICE, f.space(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Version rule 1 has a version range '[2.0,' that is not a NuGet or Maven range (for example [1.0,2.0)).",
                                                "Version rule 1 has a pre-release tag pattern '(' that is not a valid regular expression.",
                                                "Version rule 1: the deployment process has no action 'Nope'.",
                                                "Version rule 2: action 'Deploy web' has no package reference 'other'."));
        assertThat(
                        f.engine()
                                .channels()
                                .list(ALICE, f.space(), ListQuery.all(), f.project().id())
                                .totalResults())
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void exactlyOneChannelPerProjectIsTheDefault(DatabaseKind kind) {
        Fixture f = projectWithPackageStep(kind);
        ChannelService channels = f.engine().channels();
        Channel original =
                f.engine()
                        .database()
                        .withHandle(h -> channels.defaultChannel(h, f.space(), f.project().id()));
        Channel hotfix =
                channels.create(
                        ALICE, f.space(), Channel.of(f.project().id(), "Hotfix").withDefault(true));

        assertThat(hotfix.isDefault()).isTrue();
        assertThat(channels.get(ALICE, f.space(), original.id()).isDefault()).isFalse();

        assertThatThrownBy(
                        () ->
                                channels.modify(
                                        ALICE, f.space(), hotfix.id(), hotfix.withDefault(false)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("make another channel the default");
        assertThatThrownBy(() -> channels.delete(ALICE, f.space(), hotfix.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Channel 'Hotfix' is the project's default channel and cannot be deleted.");

        channels.modify(
                ALICE,
                f.space(),
                original.id(),
                channels.get(ALICE, f.space(), original.id()).withDefault(true));
        assertThat(channels.get(ALICE, f.space(), hotfix.id()).isDefault()).isFalse();
        channels.delete(ALICE, f.space(), hotfix.id());
        assertThatThrownBy(() -> channels.get(ALICE, f.space(), hotfix.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChannelLifecycleOverridesTheProjects(DatabaseKind kind) {
        Fixture f = projectWithPackageStep(kind);
        Lifecycle fast = f.engine().lifecycles().create(ALICE, f.space(), Lifecycle.of("Fast"));
        Channel urgent =
                f.engine()
                        .channels()
                        .create(
                                ALICE,
                                f.space(),
                                Channel.of(f.project().id(), "Urgent").withLifecycleId("Fast"));
        assertThat(urgent.lifecycleId()).isEqualTo(fast.id());
        String defaultId =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        f.engine()
                                                .channels()
                                                .defaultChannel(h, f.space(), f.project().id())
                                                .id());
        List<String> effective =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        List.of(
                                                f.engine()
                                                        .channels()
                                                        .effectiveLifecycleId(
                                                                h, f.space(), urgent.id()),
                                                f.engine()
                                                        .channels()
                                                        .effectiveLifecycleId(
                                                                h, f.space(), defaultId)));
        assertThat(effective).containsExactly(fast.id(), f.project().lifecycleId());

        assertThatThrownBy(() -> f.engine().lifecycles().delete(ALICE, f.space(), fast.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("channel 'Urgent'");
        assertThatThrownBy(
                        () ->
                                f.engine()
                                        .channels()
                                        .create(
                                                ALICE,
                                                f.space(),
                                                Channel.of(f.project().id(), "urgent")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Project 'Shop' already has a channel named 'urgent'.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChannelUsedByAStepCannotBeDeleted(DatabaseKind kind) {
        Fixture f = projectWithPackageStep(kind);
        Channel beta =
                f.engine()
                        .channels()
                        .create(ALICE, f.space(), Channel.of(f.project().id(), "Beta"));
        DeploymentProcess process =
                f.engine().processes().getForProject(ALICE, f.space(), f.project().id());
        DeploymentStep step = process.steps().get(0);
        DeploymentStep scoped =
                step.withActions(List.of(step.actions().get(0).withChannels(List.of(beta.id()))));
        f.engine()
                .processes()
                .modify(
                        ALICE,
                        f.space(),
                        f.project().id(),
                        DeploymentProcess.edit(process.version(), List.of(scoped)));

        assertThatThrownBy(() -> f.engine().channels().delete(ALICE, f.space(), beta.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Channel 'Beta' is still used by deployment process 'Shop' ("
                                + process.id()
                                + "); remove those references first.");
    }
}
