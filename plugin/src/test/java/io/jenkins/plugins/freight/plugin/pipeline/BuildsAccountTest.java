package io.jenkins.plugins.freight.plugin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import hudson.AbortException;
import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedHarness;
import io.jenkins.plugins.freight.plugin.embedded.RecordedBuild;
import io.jenkins.plugins.freight.plugin.embedded.SeedSpace;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Builds without a credential act as the {@code jenkins-builds} service account, not as the
 * plugin's administrator: its team's roles decide what they may do, an administrator's narrowing
 * applies at once, and restarts neither undo it nor recreate what the administrator removed.
 */
@Timeout(200)
class BuildsAccountTest {

    private static final String QUOTES = "Random Quotes";
    private static final Caller SYSTEM = Caller.system();

    private Path home;
    private Path workspace;
    private EmbeddedHarness jenkins;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        jenkins = EmbeddedHarness.start(home, true);
        SeedSpace.create(jenkins.baseUrl, jenkins.engine.pluginApiKey())
                .scriptProject(
                        QUOTES, "Say hello", "echo \"Hello from #{Octopus.Environment.Name}\"\n");
        workspace = Files.createDirectories(home.resolve("workspace/random-quotes"));
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");
    }

    @AfterEach
    void stop() throws Exception {
        if (jenkins != null) {
            jenkins.close();
        }
        EmbeddedHarness.delete(home);
    }

    private Engine engine() {
        return jenkins.engine.engine();
    }

    /** The plugin's administrator, as a Freight administrator editing teams would be. */
    private Caller administrator() {
        return engine().identity().authenticate(jenkins.engine.pluginApiKey(), null).orElseThrow();
    }

    private Optional<Team> buildsTeam() {
        return engine().security().teams().list(SYSTEM, null, true).stream()
                .filter(t -> t.name().equals("Jenkins builds"))
                .findFirst();
    }

    private ScopedUserRole deploymentRole() {
        return engine()
                .security()
                .scopedUserRoles()
                .ofTeam(SYSTEM, buildsTeam().orElseThrow().id())
                .stream()
                .filter(r -> r.userRoleId().equals(BuiltInRoles.idFor("Deployment Creator")))
                .findFirst()
                .orElseThrow();
    }

    private UserRole customRole(String name) {
        return engine().security().userRoles().list(SYSTEM).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void buildsActAsAServiceAccountWhoseTeamHoldsTheBuildRolesUnscoped() throws Exception {
        String key = jenkins.engine.buildsApiKey();

        assertThat(key).startsWith("API-").isNotEqualTo(jenkins.engine.pluginApiKey());
        assertThat(Files.readString(home.resolve("freight/builds-key"), StandardCharsets.UTF_8))
                .doesNotContain(key);
        Caller caller = engine().identity().authenticate(key, null).orElseThrow();
        User user = engine().identity().getUser(SYSTEM, caller.userId());
        assertThat(user.username()).isEqualTo("jenkins-builds");
        assertThat(user.displayName()).isEqualTo("Jenkins builds");
        assertThat(user.service()).isTrue();
        Team team = buildsTeam().orElseThrow();
        assertThat(team.spaceId()).isNull();
        assertThat(team.memberUserIds()).containsExactly(user.id());
        List<ScopedUserRole> roles =
                engine().security().scopedUserRoles().ofTeam(SYSTEM, team.id());
        UserRole follower = customRole("Build Task Follower");
        assertThat(roles)
                .allSatisfy(r -> assertThat(r.isUnrestricted()).isTrue())
                .extracting(ScopedUserRole::userRoleId, ScopedUserRole::spaceId)
                .containsExactlyInAnyOrder(
                        tuple("userroles-packagepublisher", Space.DEFAULT_ID),
                        tuple("userroles-releasecreator", Space.DEFAULT_ID),
                        tuple("userroles-deploymentcreator", Space.DEFAULT_ID),
                        tuple(follower.id(), Space.DEFAULT_ID));
        assertThat(follower.spacePermissions())
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("TaskView", "InterruptionView", "TaskCancel");
        assertThat(follower.systemPermissions()).isEmpty();
    }

    @Test
    void narrowingTheTeamsDeploymentRoleRefusesOtherEnvironmentsAndSurvivesARestart()
            throws Exception {
        String devId = engine().environments().get(SYSTEM, Space.DEFAULT_ID, "Dev").id();
        ScopedUserRole current = deploymentRole();
        engine().security()
                .scopedUserRoles()
                .update(
                        administrator(),
                        current.id(),
                        new ScopedUserRole(
                                current.id(),
                                current.spaceId(),
                                current.teamId(),
                                current.userRoleId(),
                                List.of(devId),
                                List.of(),
                                List.of(),
                                List.of()));
        String key = jenkins.engine.buildsApiKey();

        RecordedBuild build = new RecordedBuild(jenkins, workspace);
        FreightPackStep pack = new FreightPackStep("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setSourcePath("site");
        build.perform(pack::operation);
        build.perform(new FreightPushStep("RandomQuotes.1.0.7.zip")::operation);
        FreightCreateReleaseStep create = new FreightCreateReleaseStep(QUOTES);
        create.setReleaseVersion("1.0.7");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        StepOutcome created = build.perform(create::operation);
        assertThat(created.value()).containsEntry("releaseVersion", "1.0.7");
        assertThat(build.console()).contains("Hello from Dev");

        assertRefusedToDeployToTest(build);

        jenkins.close();
        jenkins = EmbeddedHarness.start(home, true);

        assertThat(jenkins.engine.buildsApiKey()).isEqualTo(key);
        assertThat(deploymentRole().environmentIds()).containsExactly(devId);
        assertRefusedToDeployToTest(new RecordedBuild(jenkins, workspace));
    }

    private void assertRefusedToDeployToTest(RecordedBuild build) {
        AbortException refused =
                catchThrowableOfType(
                        AbortException.class,
                        () ->
                                build.perform(
                                        new FreightDeployStep(QUOTES, "1.0.7", "Test")::operation));

        assertThat(refused.getMessage())
                .contains("Missing permission DeploymentCreate for environment Test");
        assertThat(build.console())
                .doesNotContain(jenkins.engine.buildsApiKey())
                .doesNotContain(jenkins.engine.pluginApiKey());
    }

    @Test
    void restartsDoNotRecreateWhatTheAdministratorRemoved() throws Exception {
        String key = jenkins.engine.buildsApiKey();
        engine().security().teams().delete(administrator(), buildsTeam().orElseThrow().id());

        jenkins.close();
        jenkins = EmbeddedHarness.start(home, true);

        assertThat(buildsTeam()).isEmpty();
        assertThat(jenkins.engine.buildsApiKey()).isEqualTo(key);
    }

    @Test
    void aDeactivatedAccountLeavesBuildsWithoutADefaultKey() throws Exception {
        User user = engine().identity().getUser(SYSTEM, "jenkins-builds");
        engine().identity()
                .updateUser(
                        administrator(),
                        user.id(),
                        new UserDetails(
                                user.username(), user.displayName(), "", false, user.service()));

        jenkins.close();
        jenkins = EmbeddedHarness.start(home, true);

        assertThatThrownBy(() -> jenkins.engine.buildsApiKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jenkins-builds")
                .hasMessageContaining("choose a credential");
        assertThat(engine().identity().getUser(SYSTEM, "jenkins-builds").active()).isFalse();
    }
}
