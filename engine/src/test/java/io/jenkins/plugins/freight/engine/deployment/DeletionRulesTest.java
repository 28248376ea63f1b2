package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.ALICE;
import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Parts;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Seed;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What cannot be deleted while releases or deployments still name it: a channel with releases, an
 * environment or a tenant with deployments, the project's default channel, and a lifecycle or
 * environment that the configuration uses. A refusal changes nothing; deleting the project takes
 * its channels, releases and deployments with it.
 */
@Timeout(120)
class DeletionRulesTest {

    private Parts parts;
    private Engine engine;
    private Seed seed;
    private Project project;

    private void setUp(DatabaseKind kind) {
        parts = DeploymentTesting.parts(kind);
        engine = parts.engine();
        seed = DeploymentTesting.seed(engine, false);
        project = DeploymentTesting.project(engine, seed.space(), "Shop", seed.lifecycle().id());
    }

    private Release release(String version, String channel) {
        return parts.releases()
                .create(
                        ALICE,
                        seed.space(),
                        CreateReleaseRequest.of(project.id())
                                .withVersion(version)
                                .withChannel(channel));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChannelWithReleasesCannotBeDeleted(DatabaseKind kind) {
        setUp(kind);
        Channel beta =
                engine.channels().create(ALICE, seed.space(), Channel.of(project.id(), "Beta"));
        for (String version :
                List.of("1.0.0-beta.1", "1.0.0-beta.2", "1.0.0-beta.3", "1.0.0-beta.4")) {
            release(version, "Beta");
        }

        assertThatThrownBy(() -> engine.channels().delete(ALICE, seed.space(), beta.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Channel 'Beta' has 4 releases (1.0.0-beta.4, 1.0.0-beta.3, 1.0.0-beta.2"
                                + " and 1 more) and cannot be deleted while they exist.");
        assertThat(engine.channels().get(ALICE, seed.space(), beta.id())).isEqualTo(beta);
        assertThat(
                        parts.releases()
                                .listByProject(
                                        ALICE, seed.space(), project.id(), "Beta", null, 0, 10)
                                .totalResults())
                .isEqualTo(4);

        Channel empty =
                engine.channels().create(ALICE, seed.space(), Channel.of(project.id(), "Empty"));
        engine.channels().delete(ALICE, seed.space(), empty.id());
        assertThatThrownBy(() -> engine.channels().get(ALICE, seed.space(), empty.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theDefaultChannelCannotBeDeletedEvenWithoutReleases(DatabaseKind kind) {
        setUp(kind);
        Channel defaultChannel =
                engine.database()
                        .withHandle(
                                h ->
                                        engine.channels()
                                                .defaultChannel(h, seed.space(), project.id()));

        assertThatThrownBy(() -> engine.channels().delete(ALICE, seed.space(), defaultChannel.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Channel 'Default' is the project's default channel and cannot be"
                                + " deleted.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anEnvironmentWithDeploymentsCannotBeDeletedEvenOutsideEveryLifecycle(DatabaseKind kind) {
        setUp(kind);
        Environment staging =
                engine.environments().create(ALICE, seed.space(), Environment.named("Staging"));
        Lifecycle viaStaging =
                engine.lifecycles()
                        .create(
                                ALICE,
                                seed.space(),
                                Lifecycle.of("Via staging", Phase.manual("Staging", staging.id())));
        engine.channels()
                .create(
                        ALICE,
                        seed.space(),
                        Channel.of(project.id(), "Staged").withLifecycleId(viaStaging.id()));
        Release release = release("2.0.0", "Staged");
        Deployment deployment =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), staging.id()))
                        .get(0);
        await(parts, deployment.taskId());

        assertThatThrownBy(() -> engine.environments().delete(ALICE, seed.space(), staging.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Environment 'Staging' has 1 deployment ("
                                + deployment.id()
                                + ") and cannot be deleted while the deployment history names"
                                + " it.");

        // no longer in any lifecycle: the deployment history alone still refuses
        engine.lifecycles()
                .modify(
                        ALICE,
                        seed.space(),
                        viaStaging.id(),
                        viaStaging.withPhases(List.of(Phase.manual("Prod", seed.prod().id()))));
        assertThatThrownBy(() -> engine.environments().delete(ALICE, seed.space(), staging.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Environment 'Staging' has 1 deployment (");
        assertThat(engine.environments().get(ALICE, seed.space(), staging.id()).name())
                .isEqualTo("Staging");
        assertThat(parts.deployments().get(ALICE, seed.space(), deployment.id()).environmentId())
                .isEqualTo(staging.id());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTenantWithDeploymentsCannotBeDeleted(DatabaseKind kind) {
        setUp(kind);
        Project portal =
                engine.projects()
                        .create(
                                ALICE,
                                seed.space(),
                                Project.builder("Portal")
                                        .lifecycleId(seed.lifecycle().id())
                                        .tenantedDeploymentMode(TenantedDeploymentMode.TENANTED)
                                        .build());
        Map<String, List<String>> connections =
                Map.of(portal.id(), List.of(seed.test().id(), seed.prod().id()));
        Tenant acme =
                engine.tenants()
                        .create(
                                ALICE,
                                seed.space(),
                                Tenant.named("Acme").withProjectEnvironments(connections));
        Tenant unused =
                engine.tenants()
                        .create(
                                ALICE,
                                seed.space(),
                                Tenant.named("Unused").withProjectEnvironments(connections));
        Release release =
                parts.releases()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateReleaseRequest.of(portal.id()).withVersion("1.0.0"));
        Deployment deployment =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .forTenants(List.of("Acme"), List.of()))
                        .get(0);
        await(parts, deployment.taskId());

        assertThatThrownBy(() -> engine.tenants().delete(ALICE, seed.space(), acme.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Tenant 'Acme' has 1 deployment ("
                                + deployment.id()
                                + ") and cannot be deleted while the deployment history names"
                                + " it.");
        assertThat(engine.tenants().get(ALICE, seed.space(), acme.id())).isEqualTo(acme);
        assertThat(parts.deployments().get(ALICE, seed.space(), deployment.id()).tenantId())
                .isEqualTo(acme.id());

        // a tenant without deployments goes; deleting the project takes the history along
        engine.tenants().delete(ALICE, seed.space(), unused.id());
        assertThatThrownBy(() -> engine.tenants().get(ALICE, seed.space(), unused.id()))
                .isInstanceOf(NotFoundException.class);
        engine.projects().delete(ALICE, seed.space(), portal.id());
        engine.tenants().delete(ALICE, seed.space(), acme.id());
        assertThatThrownBy(() -> engine.tenants().get(ALICE, seed.space(), acme.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingTheProjectTakesItsReleasesAndDeploymentsAlong(DatabaseKind kind) {
        setUp(kind);
        Channel beta =
                engine.channels().create(ALICE, seed.space(), Channel.of(project.id(), "Beta"));
        Release release = release("1.0.0-beta.1", "Beta");
        Deployment deployment =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), seed.dev().id()))
                        .get(0);
        await(parts, deployment.taskId());
        assertThatThrownBy(
                        () ->
                                engine.lifecycles()
                                        .delete(ALICE, seed.space(), seed.lifecycle().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is still used by project 'Shop'");

        engine.projects().delete(ALICE, seed.space(), project.id());

        assertThatThrownBy(() -> parts.releases().get(ALICE, seed.space(), release.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engine.channels().get(ALICE, seed.space(), beta.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engine.environments().delete(ALICE, seed.space(), seed.dev().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith(
                        "Environment 'Dev' is still used by lifecycle 'Dev, Test, and Prod' (");
        engine.lifecycles().delete(ALICE, seed.space(), seed.lifecycle().id());
        engine.environments().delete(ALICE, seed.space(), seed.dev().id());
        assertThatThrownBy(() -> engine.environments().get(ALICE, seed.space(), seed.dev().id()))
                .isInstanceOf(NotFoundException.class);
    }
}
