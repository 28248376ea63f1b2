package io.jenkins.plugins.freight.engine.release;

import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.ALICE;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.packageStep;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.push;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.scriptStep;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.setProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelRule;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.feed.BuildInformation;
import io.jenkins.plugins.freight.engine.feed.BuildInformationRequest;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.VersioningStrategy;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReleaseServiceTest {

    private Engine engine;
    private ReleaseTesting.Parts parts;
    private ReleaseService releases;
    private String space;

    private Project setUp(DatabaseKind kind, String projectName) {
        parts = ReleaseTesting.parts(kind);
        engine = parts.engine();
        releases = parts.releases();
        space = ModelTesting.newSpace(engine);
        return engine.projects().create(ALICE, space, Project.builder(projectName).build());
    }

    private long count(Project project) {
        return releases.listByProject(ALICE, space, project.id(), null, null, 0, 0).totalResults();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void releaseWithAGivenVersionPinsTheNewestPackageVersions(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web", "Tools"));
        push(parts.feed(), space, "Web", "1.0.0", "1.10.0", "1.9.0");
        push(parts.feed(), space, "Tools", "2.0.0");

        Release release =
                releases.create(
                        ALICE,
                        space,
                        CreateReleaseRequest.of("Web")
                                .withVersion("1.2.0")
                                .withReleaseNotes("First"));

        assertThat(release.id()).startsWith("Releases-");
        assertThat(release.version()).isEqualTo("1.2.0");
        assertThat(release.releaseNotes()).isEqualTo("First");
        assertThat(release.createdBy()).isEqualTo("alice");
        assertThat(release.selectedPackages())
                .containsExactly(
                        new SelectedPackage("Deploy web", "", "Web", "feeds-builtin", "1.10.0"),
                        new SelectedPackage(
                                "Deploy web", "Tools", "Tools", "feeds-builtin", "2.0.0"));
        assertThat(releases.get(ALICE, space, release.id())).isEqualTo(release);
        assertThat(releases.getByVersion(ALICE, space, "Web", "1.2")).isEqualTo(release);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void buildInformationOfThePinnedPackagesIsFrozenIntoTheRelease(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web"));
        push(parts.feed(), space, "Web", "1.0.0");
        parts.buildInformation()
                .push(
                        ALICE,
                        space,
                        new BuildInformationRequest(
                                "Web",
                                "1.0.0",
                                "Jenkins",
                                "42",
                                "https://ci.example.com/job/web/42/",
                                "main",
                                "Git",
                                "https://git.example.com/web",
                                "abc123",
                                List.of(
                                        new BuildInformation.Commit(
                                                "abc123", "Fix the quotes", null)),
                                List.of()),
                        null);

        Release release =
                releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));

        assertThat(release.buildInformation()).hasSize(1);
        ReleaseBuildInformation info = release.buildInformation().get(0);
        assertThat(info.packageId()).isEqualTo("Web");
        assertThat(info.buildNumber()).isEqualTo("42");
        assertThat(info.commits())
                .extracting(
                        ReleaseBuildInformation.Commit::id, ReleaseBuildInformation.Commit::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("abc123", "Fix the quotes"));
        assertThat(releases.get(ALICE, space, release.id()).buildInformation())
                .containsExactly(info);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void explicitSelectionsDefaultVersionAndStepNamesPinPackages(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(
                engine,
                space,
                project,
                packageStep("Deploy web", "Web", "Tools"),
                packageStep("Deploy api", "Api"));
        push(parts.feed(), space, "Web", "1.0.0", "1.1.0");
        push(parts.feed(), space, "Tools", "2.0.0", "2.1.0");
        push(parts.feed(), space, "Api", "3.0.0", "3.1.0");

        Release release =
                releases.create(
                        ALICE,
                        space,
                        CreateReleaseRequest.of(project.id())
                                .withVersion("5.0.0")
                                .withPackages("2.0.0", List.of("Web:1.0.0", "Deploy api:3.0.0")));

        assertThat(release.selectedPackages())
                .extracting(SelectedPackage::packageId, SelectedPackage::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Web", "1.0.0"),
                        org.assertj.core.groups.Tuple.tuple("Tools", "2.0.0"),
                        org.assertj.core.groups.Tuple.tuple("Api", "3.0.0"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void versionComesFromTheDefaultTemplateWhenNoneIsGiven(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, scriptStep("Say hi"));

        assertThat(releases.create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("0.0.1");
        assertThat(releases.create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("0.0.2");
        releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.4.0"));
        assertThat(releases.create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("1.4.1");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void versionMaskIncrementsTheNewestMatchingRelease(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        engine.projects()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        project.toBuilder()
                                .versioningStrategy(VersioningStrategy.template("1.2.i"))
                                .build());
        releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.2.7"));
        releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.3.0"));

        assertThat(releases.create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("1.2.8");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void donorPackageGivesTheReleaseItsVersion(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web"));
        project = engine.projects().get(ALICE, space, project.id());
        engine.projects()
                .modify(
                        ALICE,
                        space,
                        project.id(),
                        project.toBuilder()
                                .versioningStrategy(
                                        VersioningStrategy.donor(
                                                ActionPackage.primary("Deploy web")))
                                .build());
        push(parts.feed(), space, "Web", "3.1.4");

        assertThat(releases.create(ALICE, space, CreateReleaseRequest.of("Web")).version())
                .isEqualTo("3.1.4");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void channelRulesChooseAndLimitPackageVersions(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web"));
        push(parts.feed(), space, "Web", "1.5.0", "1.6.0-beta.1", "2.0.0");
        Channel hotfix =
                engine.channels()
                        .create(
                                ALICE,
                                space,
                                withRules(
                                        Channel.of(project.id(), "Hotfix"),
                                        ChannelRule.of(
                                                "[1.0,2.0)",
                                                "^$",
                                                ActionPackage.primary("Deploy web"))));

        Release picked =
                releases.create(
                        ALICE,
                        space,
                        CreateReleaseRequest.of("Web").withVersion("1.0.0").withChannel("Hotfix"));
        assertThat(picked.channelId()).isEqualTo(hotfix.id());
        assertThat(picked.selectedPackages().get(0).version()).isEqualTo("1.5.0");

        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web")
                                                .withVersion("1.0.1")
                                                .withChannel("Hotfix")
                                                .withPackages(null, List.of("Web:2.0.0"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Version 2.0.0 of package Web of step Deploy web does not satisfy channel"
                                + " Hotfix's version rule (range [1.0,2.0), pre-release tag matching"
                                + " ^$).");

        Release ignored =
                releases.create(
                        ALICE,
                        space,
                        CreateReleaseRequest.of("Web")
                                .withVersion("1.0.2")
                                .withChannel("Hotfix")
                                .withPackages(null, List.of("Web:2.0.0"))
                                .ignoringChannelRules());
        assertThat(ignored.selectedPackages().get(0).version()).isEqualTo("2.0.0");
        assertThat(ignored.ignoreChannelRules()).isTrue();
    }

    private static Channel withRules(Channel channel, ChannelRule rule) {
        return new Channel(
                channel.id(),
                channel.spaceId(),
                channel.projectId(),
                channel.name(),
                channel.slug(),
                channel.description(),
                channel.isDefault(),
                channel.lifecycleId(),
                List.of(rule),
                channel.tenantTags(),
                null,
                null);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void packagePrereleasePatternNarrowsTheAutomaticChoice(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web"));
        push(parts.feed(), space, "Web", "1.0.0-beta.2", "1.0.0-alpha.9", "1.0.0");

        Release release =
                releases.create(
                        ALICE,
                        space,
                        CreateReleaseRequest.of("Web")
                                .withVersion("1.0.0")
                                .withPackagePrerelease("alpha"));
        assertThat(release.selectedPackages().get(0).version()).isEqualTo("1.0.0-alpha.9");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void missingPackagesAreAllReportedAndNothingIsStored(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, packageStep("Deploy web", "Web", "Tools"));
        push(parts.feed(), space, "Web", "1.0.0");

        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web")
                                                .withVersion("1.0.0")
                                                .withPackages(null, List.of("Web:9.9.9"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Version 9.9.9 of package Web of step Deploy web is not in the built-in feed.",
                                                "No version of package Tools (reference Tools) of step Deploy web in the built-in feed."));
        assertThat(count(project)).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void existingVersionConflictsUnlessIgnored(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        Release first =
                releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0"));

        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web").withVersion("1.0.0.0")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Release 1.0.0.0 already exists in project Web.");
        assertThat(
                        releases.create(
                                ALICE,
                                space,
                                CreateReleaseRequest.of("Web")
                                        .withVersion("1.0.0")
                                        .ignoringIfAlreadyExists()))
                .isEqualTo(first);
        assertThat(count(project)).isOne();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badRequestsAreRefusedClearlyAndChangeNothing(DatabaseKind kind) {
        Project project = setUp(kind, "Web");

        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web").withVersion("1.x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "'1.x' is not a valid release version; use a version such as 1.2.0,"
                                + " 1.2.0.4 or 1.2.0-beta.1.");
        assertThatThrownBy(() -> releases.create(ALICE, space, CreateReleaseRequest.of("Nope")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web").withChannel("Nope")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web")
                                                .withPackages(null, List.of("Nope:1.0.0"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Nope:1.0.0' matches no step");
        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web")
                                                .withCustomFields(
                                                        Map.of("Ticket", "x".repeat(151)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Custom field Ticket is longer than 150 characters.");
        assertThat(count(project)).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void disabledProjectTakesNoReleases(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        engine.projects()
                .modify(ALICE, space, project.id(), project.toBuilder().isDisabled(true).build());

        assertThatThrownBy(
                        () ->
                                releases.create(
                                        ALICE,
                                        space,
                                        CreateReleaseRequest.of("Web").withVersion("1.0.0")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Project Web is disabled, so it takes no new releases.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void processSnapshotStaysAsItWasWhenTheProcessChanges(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        setProcess(engine, space, project, scriptStep("One"));
        Release release =
                releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));
        setProcess(engine, space, project, scriptStep("One"), scriptStep("Two"));

        DeploymentProcess frozen =
                engine.database()
                        .withHandle(
                                h ->
                                        engine.processes()
                                                .getSnapshot(h, release.processSnapshotId()));
        assertThat(frozen.steps()).extracting(s -> s.name()).containsExactly("One");
        Release later =
                releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.1"));
        assertThat(later.processSnapshotId()).isNotEqualTo(release.processSnapshotId());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void releasesAreListedNewestVersionFirstWithPaging(DatabaseKind kind) {
        Project project = setUp(kind, "Web");
        for (String v :
                List.of("1.0.0", "1.10.0", "1.2.0", "1.10.0-beta.2", "1.10.0-beta.10", "0.9")) {
            releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion(v));
        }

        Page<Release> first = releases.listByProject(ALICE, space, "Web", null, null, 0, 4);
        Page<Release> second = releases.listByProject(ALICE, space, "Web", null, null, 4, 4);
        assertThat(first.totalResults()).isEqualTo(6);
        assertThat(first.items())
                .extracting(Release::version)
                .containsExactly("1.10.0", "1.10.0-beta.10", "1.10.0-beta.2", "1.2.0");
        assertThat(second.items()).extracting(Release::version).containsExactly("1.0.0", "0.9");
        assertThat(releases.listByProject(ALICE, space, "Web", null, "beta", 0, 30).items())
                .extracting(Release::version)
                .containsExactly("1.10.0-beta.10", "1.10.0-beta.2");
        assertThat(releases.list(ALICE, space, List.of(), 0, 2).items())
                .extracting(Release::version)
                .containsExactly("0.9", "1.10.0-beta.10");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void releaseOfAnotherSpaceIsNotFound(DatabaseKind kind) {
        setUp(kind, "Web");
        Release release =
                releases.create(ALICE, space, CreateReleaseRequest.of("Web").withVersion("1.0.0"));
        String other = ModelTesting.newSpace(engine);

        assertThatThrownBy(() -> releases.get(ALICE, other, release.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Release '" + release.id() + "' was not found");
    }
}
