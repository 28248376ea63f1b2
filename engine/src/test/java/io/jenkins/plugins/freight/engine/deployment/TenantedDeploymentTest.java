package io.jenkins.plugins.freight.engine.deployment;

import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.ALICE;
import static io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Parts;
import io.jenkins.plugins.freight.engine.deployment.DeploymentTesting.Seed;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.tenant.TagSet;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class TenantedDeploymentTest {

    private Parts parts;
    private Seed seed;
    private Project project;
    private Tenant acme;
    private Tenant globex;
    private Tenant initech;
    private Release release;

    /** Acme (Gold) and Initech (Gold) deploy to Test and Prod; Globex (Silver) too. */
    private void setUp(DatabaseKind kind) {
        parts = DeploymentTesting.parts(kind);
        Engine engine = parts.engine();
        seed = DeploymentTesting.seed(engine, false);
        String space = seed.space();
        engine.tagSets().create(ALICE, space, TagSet.of("Tier", "Gold", "Silver"));
        project =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Portal")
                                        .lifecycleId(seed.lifecycle().id())
                                        .tenantedDeploymentMode(TenantedDeploymentMode.TENANTED)
                                        .build());
        Map<String, List<String>> testAndProd =
                Map.of(project.id(), List.of(seed.test().id(), seed.prod().id()));
        acme = tenant(engine, "Acme", "Tier/Gold", testAndProd);
        globex = tenant(engine, "Globex", "Tier/Silver", testAndProd);
        initech = tenant(engine, "Initech", "Tier/Gold", testAndProd);
        release =
                parts.releases()
                        .create(
                                ALICE,
                                space,
                                CreateReleaseRequest.of(project.id()).withVersion("1.0.0"));
    }

    private Tenant tenant(
            Engine engine, String name, String tag, Map<String, List<String>> connections) {
        return engine.tenants()
                .create(
                        ALICE,
                        seed.space(),
                        Tenant.named(name)
                                .withTenantTags(List.of(tag))
                                .withProjectEnvironments(connections));
    }

    private CreateDeploymentRequest to(String env) {
        return CreateDeploymentRequest.release(release.id(), env);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tenantTagsSelectOneDeploymentPerTenant(DatabaseKind kind) {
        setUp(kind);

        List<Deployment> created =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                to("Test").forTenants(List.of(), List.of("Tier/Gold")));

        assertThat(created)
                .extracting(Deployment::tenantId)
                .containsExactlyInAnyOrder(acme.id(), initech.id());
        assertThat(created).extracting(Deployment::name).contains("Deploy to Test for Acme");
        created.forEach(d -> await(parts, d.taskId()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void progressionIsPerTenant(DatabaseKind kind) {
        setUp(kind);
        await(
                parts,
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                to("Test").forTenants(List.of("Acme"), List.of()))
                        .get(0)
                        .taskId());

        Deployment prod =
                parts.deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                to("Prod").forTenants(List.of("Acme"), List.of()))
                        .get(0);
        assertThat(prod.tenantId()).isEqualTo(acme.id());
        await(parts, prod.taskId());
        assertThatThrownBy(
                        () ->
                                parts.deployments()
                                        .create(
                                                ALICE,
                                                seed.space(),
                                                to("Prod")
                                                        .forTenants(List.of("Globex"), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Release 1.0.0 cannot be deployed to Prod: phase Test must complete first"
                                + " (Test has no successful deployment of this release) (tenant Globex)");
        assertThat(
                        parts.deployments()
                                .currentRelease(ALICE, seed.space(), project.id(), "Prod", "Acme"))
                .contains(release);
        assertThat(
                        parts.deployments()
                                .currentRelease(
                                        ALICE, seed.space(), project.id(), "Prod", "Globex"))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tenantedProjectNeedsTenantsAndTenantsMustBeConnected(DatabaseKind kind) {
        setUp(kind);

        assertThatThrownBy(() -> parts.deployments().create(ALICE, seed.space(), to("Test")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Project Portal is deployed per tenant; name tenants or tenant tags.");
        assertThatThrownBy(
                        () ->
                                parts.deployments()
                                        .create(
                                                ALICE,
                                                seed.space(),
                                                to("Dev").forTenants(List.of("Acme"), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Tenant Acme does not deploy project Portal to Dev.");
        assertThatThrownBy(
                        () ->
                                parts.deployments()
                                        .create(
                                                ALICE,
                                                seed.space(),
                                                to("Dev")
                                                        .forTenants(
                                                                List.of(), List.of("Tier/Gold"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("No tenant with the tags Tier/Gold deploys project Portal to Dev.");
        assertThat(parts.deployments().historyOfRelease(ALICE, seed.space(), release.id()))
                .isEmpty();
    }
}
