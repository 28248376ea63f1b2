package io.jenkins.plugins.freight.engine.space;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.tenant.TagSet;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpaceDeletionTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStoppedSpaceIsDeletedWithEverythingInIt(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String neighbour = ModelTesting.newSpace(engine);
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of("Prod only", Phase.manual("Prod", prod.id())));
        Project project =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Portal")
                                        .lifecycleId(lifecycle.id())
                                        .tenantedDeploymentMode(
                                                TenantedDeploymentMode.TENANTED_OR_UNTENANTED)
                                        .build());
        engine.tagSets().create(ALICE, space, TagSet.of("Tier", "Gold"));
        Tenant tenant =
                engine.tenants()
                        .create(
                                ALICE,
                                space,
                                Tenant.named("Acme")
                                        .withTenantTags(List.of("Tier/Gold"))
                                        .connectedTo(project.id(), prod.id()));
        Account account =
                engine.accounts()
                        .create(ALICE, space, Account.usernamePassword("Ops", "ops", "pw"));
        engine.machines()
                .create(
                        ALICE,
                        space,
                        Machine.ssh(
                                        "web",
                                        List.of(prod.id()),
                                        List.of("web"),
                                        SshEndpoint.of(
                                                "h", 22, "SHA256:" + "C".repeat(43), account.id()))
                                .withTenants(
                                        TenantedDeploymentMode.TENANTED_OR_UNTENANTED,
                                        List.of(tenant.id()),
                                        List.of()));
        engine.database().useTransaction(h -> engine.processes().snapshot(h, project.id()));
        Environment kept =
                engine.environments().create(ALICE, neighbour, Environment.named("Prod"));

        Space current = engine.spaces().get(ALICE, space);
        assertThatThrownBy(() -> engine.spaces().delete(ALICE, space))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Stop the task queue of space '"
                                + current.name()
                                + "' before deleting it.");
        engine.spaces()
                .modify(
                        ALICE,
                        space,
                        new Space(
                                null,
                                current.name(),
                                null,
                                "",
                                false,
                                true,
                                null,
                                null,
                                null,
                                null));
        engine.spaces().delete(ALICE, space);

        assertThatThrownBy(() -> engine.spaces().get(ALICE, space))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engine.projects().get(ALICE, space, project.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(engine.environments().get(ALICE, neighbour, kept.id())).isEqualTo(kept);
        int leftovers =
                engine.database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT count(*) FROM model_references WHERE space_id = :s")
                                                .bind("s", space)
                                                .mapTo(Integer.class)
                                                .one());
        assertThat(leftovers).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theDefaultSpaceCannotBeDeleted(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        assertThatThrownBy(() -> engine.spaces().delete(ALICE, Space.DEFAULT_ID))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is the default space and cannot be deleted");
        assertThat(engine.spaces().get(ALICE, Space.DEFAULT_ID).isDefault()).isTrue();
    }
}
