package io.jenkins.plugins.freight.engine.machine;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.tenant.TagSet;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MachineServiceTest {

    static final String FINGERPRINT = "SHA256:" + "A".repeat(43);

    record Fixture(
            Engine engine, String space, Environment dev, Environment prod, Account account) {}

    static Fixture fixture(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Account account =
                engine.accounts()
                        .create(ALICE, space, Account.usernamePassword("Deployer", "deploy", "pw"));
        return new Fixture(engine, space, dev, prod, account);
    }

    static Machine web(Fixture f, String name, List<String> envs, String... roles) {
        return Machine.ssh(
                name,
                envs,
                List.of(roles),
                SshEndpoint.of("web1.example.org", 0, FINGERPRINT, f.account().id()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sshTargetsAreStoredWithTheirEndpointAndFoundByEnvironmentAndTag(DatabaseKind kind) {
        Fixture f = fixture(kind);
        MachineService machines = f.engine().machines();
        Machine web1 =
                machines.create(
                        ALICE,
                        f.space(),
                        web(f, "web1", List.of(f.dev().id(), f.prod().id()), "web", "Web "));
        machines.create(ALICE, f.space(), web(f, "db1", List.of(f.prod().id()), "db"));
        machines.create(
                ALICE,
                f.space(),
                web(f, "web-old", List.of(f.prod().id()), "WEB").withDisabled(true));

        assertThat(web1.roles()).containsExactly("web");
        assertThat(web1.endpoint())
                .isInstanceOfSatisfying(
                        SshEndpoint.class,
                        e -> {
                            assertThat(e.port()).isEqualTo(22);
                            assertThat(e.uri()).isEqualTo("ssh://web1.example.org:22/");
                        });
        assertThat(web1.health().status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(machines.get(ALICE, f.space(), "web1")).isEqualTo(web1);

        List<String> prodWeb =
                f
                        .engine()
                        .database()
                        .withHandle(
                                h ->
                                        machines.targets(
                                                h, f.space(), f.prod().id(), List.of("Web"), null))
                        .stream()
                        .map(Machine::name)
                        .toList();
        assertThat(prodWeb).containsExactly("web1");
        assertThat(
                        machines.list(
                                        ALICE,
                                        f.space(),
                                        ListQuery.all(),
                                        MachineFilter.environment(f.prod().id()))
                                .totalResults())
                .isEqualTo(3);
        assertThat(
                        machines.list(
                                        ALICE,
                                        f.space(),
                                        ListQuery.all(),
                                        MachineFilter.none().withRoles(List.of("db", "web")))
                                .totalResults())
                .isEqualTo(3);
        assertThat(machines.roles(ALICE, f.space())).containsExactly("db", "web");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badTargetsListEveryProblem(DatabaseKind kind) {
        Fixture f = fixture(kind);
        Machine bad =
                Machine.ssh(
                        "bad",
                        List.of(),
                        List.of(" ", "a,b"),
                        new SshEndpoint("bad host", 70000, "nope", "Accounts-0", null, null));
        assertThatThrownBy(() -> f.engine().machines().create(ALICE, f.space(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "A deployment target needs at least one environment.",
                                                "A target tag must not be empty.",
                                                "The target tag 'a,b' must not contain a comma.",
                                                "The SSH host 'bad host' is not a host name or address.",
                                                "The SSH port must be between 1 and 65535.",
                                                "The host key fingerprint 'nope' is not in SHA256:… or MD5 aa:bb:… form.",
                                                "Account 'Accounts-0' was not found in this space."));
        assertThat(
                        f.engine()
                                .machines()
                                .list(ALICE, f.space(), ListQuery.all(), MachineFilter.none())
                                .totalResults())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tenantedTargetsServeTheirTenantsByIdOrTag(DatabaseKind kind) {
        Fixture f = fixture(kind);
        f.engine().tagSets().create(ALICE, f.space(), TagSet.of("Tier", "Gold", "Silver"));
        Project portal =
                f.engine()
                        .projects()
                        .create(
                                ALICE,
                                f.space(),
                                Project.builder("Portal")
                                        .tenantedDeploymentMode(TenantedDeploymentMode.TENANTED)
                                        .build());
        Tenant acme =
                f.engine()
                        .tenants()
                        .create(
                                ALICE,
                                f.space(),
                                Tenant.named("Acme")
                                        .withTenantTags(List.of("Tier/Gold"))
                                        .connectedTo(portal.id(), f.prod().id()));
        Tenant globex =
                f.engine()
                        .tenants()
                        .create(
                                ALICE,
                                f.space(),
                                Tenant.named("Globex").withTenantTags(List.of("Tier/Silver")));
        MachineService machines = f.engine().machines();
        machines.create(ALICE, f.space(), web(f, "shared", List.of(f.prod().id()), "web"));
        machines.create(
                ALICE,
                f.space(),
                web(f, "acme-only", List.of(f.prod().id()), "web")
                        .withTenants(
                                TenantedDeploymentMode.TENANTED, List.of(acme.id()), List.of()));
        machines.create(
                ALICE,
                f.space(),
                web(f, "gold", List.of(f.prod().id()), "web")
                        .withTenants(
                                TenantedDeploymentMode.TENANTED_OR_UNTENANTED,
                                List.of(),
                                List.of("Tier/Gold")));

        assertThat(names(f, null)).containsExactly("gold", "shared");
        assertThat(names(f, acme.id())).containsExactly("acme-only", "gold");
        assertThat(names(f, globex.id())).isEmpty();

        assertThatThrownBy(() -> f.engine().tenants().delete(ALICE, f.space(), acme.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("deployment target 'acme-only'");
        assertThatThrownBy(() -> f.engine().accounts().delete(ALICE, f.space(), f.account().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Account 'Deployer' is still used by deployment target");
        assertThatThrownBy(
                        () ->
                                machines.create(
                                        ALICE,
                                        f.space(),
                                        web(f, "x", List.of(f.prod().id()), "web")
                                                .withTenants(
                                                        TenantedDeploymentMode.UNTENANTED,
                                                        List.of(acme.id()),
                                                        List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("untenanted");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void healthChecksAreRecordedAndKeptAcrossEdits(DatabaseKind kind) {
        Fixture f = fixture(kind);
        MachineService machines = f.engine().machines();
        Machine m = machines.create(ALICE, f.space(), web(f, "web1", List.of(f.dev().id()), "web"));
        MachineHealth healthy =
                new MachineHealth(
                        HealthStatus.HEALTHY, "Ready", "Linux", "Bash", "5.2", "x64", null);
        f.engine()
                .database()
                .useTransaction(h -> machines.recordHealth(h, f.space(), m.id(), healthy));
        Machine edited =
                machines.modify(
                        ALICE,
                        f.space(),
                        m.id(),
                        m.withEnvironmentIds(List.of(f.dev().id(), f.prod().id())));
        assertThat(edited.health()).isEqualTo(healthy);
        assertThat(HealthStatus.UNAVAILABLE.isDeployable()).isFalse();
    }

    private static List<String> names(Fixture f, String tenantId) {
        return f
                .engine()
                .database()
                .withHandle(
                        h ->
                                f.engine()
                                        .machines()
                                        .targets(
                                                h,
                                                f.space(),
                                                f.prod().id(),
                                                List.of("web"),
                                                tenantId))
                .stream()
                .map(Machine::name)
                .sorted()
                .toList();
    }
}
