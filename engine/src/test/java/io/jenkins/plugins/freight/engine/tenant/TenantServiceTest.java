package io.jenkins.plugins.freight.engine.tenant;

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
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenantServiceTest {

    record Fixture(
            Engine engine, String space, Environment test, Environment prod, Project project) {}

    static Fixture fixture(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment test = engine.environments().create(ALICE, space, Environment.named("Test"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Project project =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Portal")
                                        .tenantedDeploymentMode(TenantedDeploymentMode.TENANTED)
                                        .build());
        engine.tagSets().create(ALICE, space, TagSet.of("Tier", "Gold", "Silver"));
        engine.tagSets().create(ALICE, space, TagSet.of("Region", "EU", "US"));
        return new Fixture(engine, space, test, prod, project);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tagSetsGiveTagsIdsAndCanonicalNames(DatabaseKind kind) {
        Fixture f = fixture(kind);
        TagSet tier = f.engine().tagSets().get(ALICE, f.space(), "Tier");
        assertThat(tier.tags())
                .extracting(Tag::canonicalTagName)
                .containsExactly("Tier/Gold", "Tier/Silver");
        assertThat(tier.tags()).allSatisfy(t -> assertThat(t.id()).matches("Tags-\\d+"));
        assertThat(f.engine().tagSets().list(ALICE, f.space(), ListQuery.all()).items())
                .extracting(TagSet::name)
                .containsExactly("Tier", "Region");
        assertThatThrownBy(
                        () ->
                                f.engine()
                                        .tagSets()
                                        .create(
                                                ALICE,
                                                f.space(),
                                                TagSet.of("Bad", "a/b", "x", "X")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Tag 'a/b' must not contain '/'.",
                                                "Two tags are named 'X'."));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tenantsConnectToTenantedProjectsPerEnvironment(DatabaseKind kind) {
        Fixture f = fixture(kind);
        TenantService tenants = f.engine().tenants();
        Tenant acme =
                tenants.create(
                        ALICE,
                        f.space(),
                        Tenant.named("Acme")
                                .withTenantTags(List.of("tier/gold", "Region/EU"))
                                .connectedTo(f.project().id(), f.test().id(), f.prod().id()));
        tenants.create(
                ALICE,
                f.space(),
                Tenant.named("Globex")
                        .withTenantTags(List.of("Tier/Silver"))
                        .connectedTo(f.project().id(), f.test().id()));

        assertThat(acme.tenantTags()).containsExactly("Tier/Gold", "Region/EU");
        List<String> inProd =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        tenants
                                                .deployingTo(
                                                        h,
                                                        f.space(),
                                                        f.project().id(),
                                                        f.prod().id(),
                                                        List.of())
                                                .stream()
                                                .map(Tenant::name)
                                                .toList());
        assertThat(inProd).containsExactly("Acme");
        List<String> silverInTest =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        tenants
                                                .deployingTo(
                                                        h,
                                                        f.space(),
                                                        f.project().id(),
                                                        f.test().id(),
                                                        List.of("Tier/Silver"))
                                                .stream()
                                                .map(Tenant::name)
                                                .toList());
        assertThat(silverInTest).containsExactly("Globex");
        assertThat(tenants.list(ALICE, f.space(), ListQuery.all(), "Portal").totalResults())
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badConnectionsAndTagsAreListedAndNothingIsSaved(DatabaseKind kind) {
        Fixture f = fixture(kind);
        Project plain =
                f.engine().projects().create(ALICE, f.space(), Project.builder("Plain").build());
        Tenant bad =
                Tenant.named("Initech")
                        .withTenantTags(List.of("Tier/Platinum", "NoSet"))
                        .connectedTo(plain.id(), "Environments-0")
                        .connectedTo("Projects-0");
        assertThatThrownBy(() -> f.engine().tenants().create(ALICE, f.space(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Tag 'Tier/Platinum' was not found (use TagSet/Tag with an existing tag set and tag).",
                                                "Tag 'NoSet' was not found (use TagSet/Tag with an existing tag set and tag).",
                                                "Project 'Plain' does not allow tenanted deployments, so tenants cannot be connected to it.",
                                                "Project 'Projects-0' was not found in this space.",
                                                "Environment 'Environments-0' was not found in this space."));
        assertThat(
                        f.engine()
                                .tenants()
                                .list(ALICE, f.space(), ListQuery.all(), null)
                                .totalResults())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void usedTagsAndEnvironmentsCannotBeRemovedButDeletingAProjectDropsConnections(
            DatabaseKind kind) {
        Fixture f = fixture(kind);
        Tenant acme =
                f.engine()
                        .tenants()
                        .create(
                                ALICE,
                                f.space(),
                                Tenant.named("Acme")
                                        .withTenantTags(List.of("Tier/Gold"))
                                        .connectedTo(f.project().id(), f.prod().id()));
        TagSet tier = f.engine().tagSets().get(ALICE, f.space(), "Tier");

        assertThatThrownBy(() -> f.engine().tagSets().delete(ALICE, f.space(), tier.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "Tag 'Tier/Gold' is still used by tenant 'Acme' ("
                                + acme.id()
                                + "); remove those references first.");
        assertThatThrownBy(
                        () ->
                                f.engine()
                                        .tagSets()
                                        .modify(
                                                ALICE,
                                                f.space(),
                                                tier.id(),
                                                tier.withTags(List.of(tier.tags().get(1)))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.engine().environments().delete(ALICE, f.space(), f.prod().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("tenant 'Acme'");
        // an unused tag can go
        TagSet trimmed =
                f.engine()
                        .tagSets()
                        .modify(
                                ALICE,
                                f.space(),
                                tier.id(),
                                tier.withTags(List.of(tier.tags().get(0))));
        assertThat(trimmed.tags()).extracting(Tag::name).containsExactly("Gold");

        f.engine().projects().delete(ALICE, f.space(), f.project().id());
        assertThat(f.engine().tenants().get(ALICE, f.space(), acme.id()).projectEnvironments())
                .isEmpty();
        f.engine().environments().delete(ALICE, f.space(), f.prod().id());
    }
}
