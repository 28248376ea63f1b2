package io.jenkins.plugins.freight.engine.project;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelRule;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.LibraryVariableSet;
import io.jenkins.plugins.freight.engine.variable.ScopeDimension;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cloning a project copies its settings, channels (with rules), deployment process and variables
 * (sensitive values sealed) into a new project that points at its own channels; the source stays as
 * it was and one event records the clone. On H2 and PostgreSQL.
 */
class ProjectCloneTest {

    private static final String SECRET = "clone-secret-never-decrypted";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCloneCopiesSettingsChannelsProcessAndVariables(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Lifecycle fast =
                engine.lifecycles()
                        .create(ALICE, space, Lifecycle.of("Fast", Phase.manual("Dev", dev.id())));
        LibraryVariableSet shared = engine.variables().createLibrarySet(ALICE, space, "Shared", "");
        Project shop =
                engine.projects()
                        .create(
                                ALICE,
                                space,
                                Project.builder("Shop")
                                        .description("sells things")
                                        .tenantedDeploymentMode(
                                                TenantedDeploymentMode.TENANTED_OR_UNTENANTED)
                                        .includedLibraryVariableSetIds(List.of(shared.id()))
                                        .build());
        DeploymentAction deployWeb =
                DeploymentAction.of("Deploy web", "Octopus.TentaclePackage", Map.of())
                        .withPackages(List.of(PackageReference.primary("Web", "feeds-builtin")))
                        .withProperties(Map.of("Custom.Setting", "kept"));
        DeploymentProcess process =
                engine.processes()
                        .modify(
                                ALICE,
                                space,
                                shop.id(),
                                DeploymentProcess.edit(
                                        0,
                                        List.of(
                                                DeploymentStep.of(
                                                        "Deploy web",
                                                        Map.of(DeploymentStep.TARGET_ROLES, "web"),
                                                        deployWeb))));
        Channel beta =
                engine.channels()
                        .create(
                                ALICE,
                                space,
                                Channel.of(shop.id(), "Beta")
                                        .withLifecycleId(fast.id())
                                        .withRules(
                                                List.of(
                                                        ChannelRule.of(
                                                                "[1.0,2.0)",
                                                                "^beta",
                                                                ActionPackage.primary(
                                                                        "Deploy web")))));
        DeploymentStep step = process.steps().get(0);
        process =
                engine.processes()
                        .modify(
                                ALICE,
                                space,
                                shop.id(),
                                DeploymentProcess.edit(
                                        process.version(),
                                        List.of(
                                                step.withActions(
                                                        List.of(
                                                                step.actions()
                                                                        .get(0)
                                                                        .withChannels(
                                                                                List.of(
                                                                                        beta
                                                                                                .id())))))));
        VariableSet variables = engine.variables().getForOwner(ALICE, shop.id());
        engine.variables()
                .modify(
                        ALICE,
                        variables.withVariables(
                                List.of(
                                        Variable.of("Greeting", "hello")
                                                .withScope(
                                                        VariableScope.of(
                                                                        ScopeDimension.CHANNEL,
                                                                        beta.id())
                                                                .with(
                                                                        ScopeDimension.ENVIRONMENT,
                                                                        dev.id())),
                                        Variable.sensitive("Password", SECRET))));
        shop =
                engine.projects()
                        .modify(
                                ALICE,
                                space,
                                shop.id(),
                                shop.toBuilder()
                                        .releaseCreationStrategy(
                                                new ReleaseCreationStrategy(
                                                        beta.id(),
                                                        ActionPackage.primary("Deploy web"),
                                                        null))
                                        .build());
        long eventsBefore = lastEvent(engine);

        Project copy =
                engine.projects()
                        .create(ALICE, space, shop.cloneBuilder().name("Shop Copy").build());

        // one event, naming the source
        List<AuditEvent> events = eventsAfter(engine, eventsBefore);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).category()).isEqualTo(EventCategory.Created);
        assertThat(events.get(0).message())
                .isEqualTo("Project Shop Copy was created as a clone of Shop");
        assertThat(events.get(0).relatedDocumentIds()).first().isEqualTo(copy.id());
        for (AuditEvent e : events) {
            assertThat(e.toString()).doesNotContain(SECRET);
        }

        // settings
        assertThat(copy.id()).isNotEqualTo(shop.id());
        assertThat(copy.clonedFromProjectId()).isEqualTo(shop.id());
        assertThat(copy.slug()).isEqualTo("shop-copy");
        assertThat(copy.description()).isEqualTo("sells things");
        assertThat(copy.tenantedDeploymentMode())
                .isEqualTo(TenantedDeploymentMode.TENANTED_OR_UNTENANTED);
        assertThat(copy.includedLibraryVariableSetIds()).containsExactly(shared.id());
        assertThat(copy.deploymentProcessId()).isEqualTo("deploymentprocess-" + copy.id());
        assertThat(engine.projects().get(ALICE, space, copy.id())).isEqualTo(copy);

        // channels: the same ones, new ids
        List<Channel> channels =
                engine.channels().list(ALICE, space, ListQuery.all(), copy.id()).items();
        assertThat(channels).extracting(Channel::name).containsExactly("Beta", "Default");
        Channel betaCopy = channels.get(0);
        assertThat(betaCopy.id()).isNotEqualTo(beta.id());
        assertThat(betaCopy.projectId()).isEqualTo(copy.id());
        assertThat(betaCopy.lifecycleId()).isEqualTo(fast.id());
        assertThat(betaCopy.isDefault()).isFalse();
        assertThat(channels.get(1).isDefault()).isTrue();
        assertThat(betaCopy.rules()).hasSize(1);
        assertThat(betaCopy.rules().get(0).versionRange()).isEqualTo("[1.0,2.0)");
        assertThat(betaCopy.rules().get(0).tag()).isEqualTo("^beta");
        assertThat(betaCopy.rules().get(0).appliesTo("Deploy web", "")).isTrue();
        assertThat(copy.releaseCreationStrategy().channelId()).isEqualTo(betaCopy.id());

        // the process, scoped to the copy's own channel
        DeploymentProcess copiedProcess = engine.processes().getForProject(ALICE, space, copy.id());
        assertThat(copiedProcess.id()).isEqualTo(copy.deploymentProcessId());
        assertThat(copiedProcess.steps()).hasSize(1);
        DeploymentAction copiedAction = copiedProcess.actions().get(0);
        assertThat(copiedAction.name()).isEqualTo("Deploy web");
        assertThat(copiedAction.actionType()).isEqualTo("Octopus.TentaclePackage");
        assertThat(copiedAction.properties()).containsEntry("Custom.Setting", "kept");
        assertThat(copiedAction.packages()).isEqualTo(process.actions().get(0).packages());
        assertThat(copiedAction.channels()).containsExactly(betaCopy.id());
        assertThat(copiedProcess.steps().get(0).properties())
                .containsEntry(DeploymentStep.TARGET_ROLES, "web");

        // variables: scopes translated, the secret copied sealed and never returned
        VariableSet copiedVariables = engine.variables().getForOwner(ALICE, copy.id());
        assertThat(copiedVariables.variables())
                .extracting(Variable::name)
                .containsExactly("Greeting", "Password");
        Variable greeting = copiedVariables.variables().get(0);
        assertThat(greeting.value()).isEqualTo("hello");
        assertThat(greeting.scope().get(ScopeDimension.CHANNEL)).containsExactly(betaCopy.id());
        assertThat(greeting.scope().get(ScopeDimension.ENVIRONMENT)).containsExactly(dev.id());
        Variable password = copiedVariables.variables().get(1);
        assertThat(password.value()).isNull();
        assertThat(engine.variables().sensitiveValueEquals(ALICE, copy.id(), password.id(), SECRET))
                .isTrue();
        assertThat(secretColumn(engine, shop.id())).isEqualTo(secretColumn(engine, copy.id()));
        assertThat(secretColumn(engine, copy.id())).doesNotContain(SECRET);

        // the source is untouched
        assertThat(engine.channels().list(ALICE, space, ListQuery.all(), shop.id()).items())
                .extracting(Channel::id)
                .contains(beta.id());
        assertThat(
                        engine.processes()
                                .getForProject(ALICE, space, shop.id())
                                .actions()
                                .get(0)
                                .channels())
                .containsExactly(beta.id());
        assertThat(engine.projects().get(ALICE, space, shop.id()).clonedFromProjectId()).isNull();

        // the list filter
        assertThat(engine.projects().list(ALICE, space, ListQuery.all(), null, shop.id()).items())
                .extracting(Project::id)
                .containsExactly(copy.id());
        assertThat(engine.projects().list(ALICE, space, ListQuery.all(), null).items()).hasSize(2);

        // the copy is a project of its own: deleting it leaves the source alone
        engine.projects().delete(ALICE, space, copy.id());
        assertThat(engine.channels().get(ALICE, space, beta.id()).name()).isEqualTo("Beta");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCloneNeedsAUniqueNameAndASourceInTheSpace(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        String otherSpace = ModelTesting.newSpace(engine);
        Project shop = engine.projects().create(ALICE, space, Project.builder("Shop").build());
        Project elsewhere =
                engine.projects().create(ALICE, otherSpace, Project.builder("Elsewhere").build());
        long channelsBefore = channelCount(engine);

        assertThatThrownBy(
                        () ->
                                engine.projects()
                                        .create(
                                                ALICE,
                                                space,
                                                shop.cloneBuilder().name("shop").build()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A project named 'shop' already exists in this space.");
        assertThatThrownBy(
                        () ->
                                engine.projects()
                                        .create(
                                                ALICE,
                                                space,
                                                Project.builder("Orphan")
                                                        .clonedFromProjectId(elsewhere.id())
                                                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The project to clone was not found in this space.");
        assertThat(channelCount(engine)).isEqualTo(channelsBefore);
        assertThat(engine.projects().list(ALICE, space, ListQuery.all(), null).items())
                .extracting(Project::name)
                .containsExactly("Shop");

        // a project with no process steps, channels beyond Default or variables clones too
        Project plain =
                engine.projects().create(ALICE, space, shop.cloneBuilder().name("Plain").build());
        assertThat(engine.channels().list(ALICE, space, ListQuery.all(), plain.id()).items())
                .extracting(Channel::name, Channel::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Default", true));
        assertThat(engine.processes().getForProject(ALICE, space, plain.id()).steps()).isEmpty();
        assertThat(engine.variables().getForOwner(ALICE, plain.id()).variables()).isEmpty();
    }

    private static String secretColumn(Engine engine, String projectId) {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT secret_value FROM variables WHERE set_id ="
                                                        + " :set AND name = 'Password'")
                                        .bind("set", "variableset-" + projectId)
                                        .mapTo(String.class)
                                        .one());
    }

    private static long channelCount(Engine engine) {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery("SELECT COUNT(*) FROM channels")
                                        .mapTo(Long.class)
                                        .one());
    }

    private static long lastEvent(Engine engine) {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery("SELECT COALESCE(MAX(auto_id), 0) FROM events")
                                        .mapTo(Long.class)
                                        .one());
    }

    private static List<AuditEvent> eventsAfter(Engine engine, long autoId) {
        return engine
                .database()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT auto_id FROM events WHERE auto_id > :after"
                                                        + " ORDER BY auto_id")
                                        .bind("after", autoId)
                                        .mapTo(Long.class)
                                        .list())
                .stream()
                .map(id -> engine.audit().get(Caller.system(), "Events-" + id))
                .toList();
    }
}
