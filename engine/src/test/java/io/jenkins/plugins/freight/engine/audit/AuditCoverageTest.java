package io.jenkins.plugins.freight.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SensitiveValue;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.CreatedApiKey;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleDetails;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.tenant.TagSet;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.LibraryVariableSet;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of change the engine's services make produces exactly one audit event, by the caller
 * (user, API key, client address), with the document first among the related documents and a diff
 * of what changed — and no secret (account password, sensitive variable, API key) in any event, its
 * message, its differences or the CSV export.
 */
class AuditCoverageTest {

    private static final Caller ADMIN =
            new Caller("Users-900", "auditor", Caller.Via.API_KEY, "10.0.0.7", "APIKeys-3");
    private static final String ACCOUNT_PASSWORD = "acct-Pa55-never-in-events";
    private static final String NEW_ACCOUNT_PASSWORD = "acct-Pa55-changed-never-in-events";
    private static final String SENSITIVE_VALUE = "sensitive-value-never-in-events";
    private static final String NEW_SENSITIVE_VALUE = "sensitive-value-2-never-in-events";

    @TempDir Path dir;

    private Engine engine;
    private final List<AuditEvent> seen = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyChangeProducesExactlyOneEventAndNoSecretReachesOne(DatabaseKind kind) {
        try (Engine opened =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            engine = opened;
            SecurityTesting.administrator(engine, ADMIN);
            List<String> secrets = new ArrayList<>(List.of(ACCOUNT_PASSWORD, NEW_ACCOUNT_PASSWORD));
            secrets.addAll(List.of(SENSITIVE_VALUE, NEW_SENSITIVE_VALUE));

            // spaces (system events)
            Space space =
                    one(
                            EventCategory.Created,
                            () -> engine.spaces().create(ADMIN, Space.named("Audited")),
                            Space::id);
            String s = space.id();
            Space stopped =
                    one(
                            EventCategory.Modified,
                            () ->
                                    engine.spaces()
                                            .modify(
                                                    ADMIN,
                                                    s,
                                                    new Space(
                                                            s,
                                                            "Audited",
                                                            space.slug(),
                                                            "stopped to be deleted",
                                                            false,
                                                            true,
                                                            List.of(),
                                                            List.of(),
                                                            null,
                                                            null)),
                            Space::id);
            assertThat(stopped.taskQueueStopped()).isTrue();

            // environments, lifecycles, project groups
            Environment dev =
                    one(
                            EventCategory.Created,
                            () -> engine.environments().create(ADMIN, s, Environment.named("Dev")),
                            Environment::id);
            assertThat(last().environmentId()).isEqualTo(dev.id());
            Environment gone =
                    one(
                            EventCategory.Created,
                            () -> engine.environments().create(ADMIN, s, Environment.named("Old")),
                            Environment::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.environments()
                                    .modify(ADMIN, s, dev.id(), dev.withDescription("first")),
                    Environment::id);
            assertThat(last().differences())
                    .contains("{\"op\":\"replace\",\"path\":\"/description\",\"value\":\"first\"}");
            Lifecycle lifecycle =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.lifecycles()
                                            .create(
                                                    ADMIN,
                                                    s,
                                                    Lifecycle.of(
                                                            "Dev only",
                                                            Phase.manual("Dev", dev.id()))),
                            Lifecycle::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.lifecycles()
                                    .modify(
                                            ADMIN,
                                            s,
                                            lifecycle.id(),
                                            lifecycle.withDescription("changed")),
                    Lifecycle::id);
            ProjectGroup group =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.projectGroups()
                                            .create(ADMIN, s, ProjectGroup.named("Web")),
                            ProjectGroup::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.projectGroups()
                                    .modify(ADMIN, s, group.id(), group.withDescription("web")),
                    ProjectGroup::id);

            // projects, processes, channels, variables
            Project project =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.projects()
                                            .create(
                                                    ADMIN,
                                                    s,
                                                    Project.builder("Shop")
                                                            .lifecycleId(lifecycle.id())
                                                            .build()),
                            Project::id);
            assertThat(last().projectId()).isEqualTo(project.id());
            Project spare =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.projects()
                                            .create(ADMIN, s, Project.builder("Spare").build()),
                            Project::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.projects()
                                    .modify(
                                            ADMIN,
                                            s,
                                            project.id(),
                                            project.toBuilder().projectGroupId(group.id()).build()),
                    Project::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.processes()
                                    .modify(
                                            ADMIN,
                                            s,
                                            project.id(),
                                            DeploymentProcess.edit(
                                                    0,
                                                    List.of(
                                                            DeploymentStep.of(
                                                                    DeploymentAction.of(
                                                                            "Say hello",
                                                                            "Octopus.Script",
                                                                            Map.of(
                                                                                    "Octopus.Action.Script.ScriptBody",
                                                                                    "echo hello",
                                                                                    DeploymentAction
                                                                                            .RUN_ON_SERVER,
                                                                                    "true")))))),
                    DeploymentProcess::id);
            assertThat(last().projectId()).isEqualTo(project.id());
            Channel channel =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.channels()
                                            .create(ADMIN, s, Channel.of(project.id(), "Hotfix")),
                            Channel::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.channels()
                                    .modify(ADMIN, s, channel.id(), channel.withName("Hotfixes")),
                    Channel::id);
            VariableSet variables = engine.variables().getForOwner(ADMIN, project.id());
            VariableSet saved =
                    one(
                            EventCategory.Modified,
                            () ->
                                    engine.variables()
                                            .modify(
                                                    ADMIN,
                                                    variables.withVariables(
                                                            List.of(
                                                                    Variable.of("Greeting", "hi"),
                                                                    Variable.sensitive(
                                                                            "DbPassword",
                                                                            SENSITIVE_VALUE)))),
                            VariableSet::id);
            assertThat(last().differences())
                    .contains("Greeting")
                    .contains("DbPassword")
                    .contains(ChangeDiff.REDACTED);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.variables()
                                    .modify(
                                            ADMIN,
                                            saved.withVariables(
                                                    List.of(
                                                            Variable.of("Greeting", "hello"),
                                                            Variable.sensitive(
                                                                    "DbPassword",
                                                                    NEW_SENSITIVE_VALUE)))),
                    VariableSet::id);
            LibraryVariableSet library =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.variables()
                                            .createLibrarySet(ADMIN, s, "Shared", "shared values"),
                            LibraryVariableSet::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.variables()
                                    .updateLibrarySet(
                                            ADMIN,
                                            new LibraryVariableSet(
                                                    library.id(),
                                                    s,
                                                    "Shared values",
                                                    "",
                                                    library.variableSetId())),
                    LibraryVariableSet::id);

            // tenants and tag sets
            TagSet tags =
                    one(
                            EventCategory.Created,
                            () -> engine.tagSets().create(ADMIN, s, TagSet.of("Tier", "Gold")),
                            TagSet::id);
            one(
                    EventCategory.Modified,
                    () -> engine.tagSets().modify(ADMIN, s, tags.id(), tags.withName("Tiers")),
                    TagSet::id);
            Tenant tenant =
                    one(
                            EventCategory.Created,
                            () -> engine.tenants().create(ADMIN, s, Tenant.named("Acme")),
                            Tenant::id);
            assertThat(last().tenantId()).isEqualTo(tenant.id());
            one(
                    EventCategory.Modified,
                    () ->
                            engine.tenants()
                                    .modify(ADMIN, s, tenant.id(), tenant.withName("Acme Corp")),
                    Tenant::id);

            // accounts and deployment targets
            Account account =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.accounts()
                                            .create(
                                                    ADMIN,
                                                    s,
                                                    Account.usernamePassword(
                                                            "Deployer",
                                                            "deploy",
                                                            ACCOUNT_PASSWORD)),
                            Account::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.accounts()
                                    .modify(
                                            ADMIN,
                                            s,
                                            account.id(),
                                            account.withSecrets(
                                                    SensitiveValue.of(NEW_ACCOUNT_PASSWORD),
                                                    SensitiveValue.keep(),
                                                    SensitiveValue.keep())),
                    Account::id);
            Machine machine =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.machines()
                                            .create(
                                                    ADMIN,
                                                    s,
                                                    Machine.ssh(
                                                            "web-1",
                                                            List.of(dev.id()),
                                                            List.of("web"),
                                                            SshEndpoint.of(
                                                                    "127.0.0.1",
                                                                    22,
                                                                    "SHA256:" + "B".repeat(43),
                                                                    account.id()))),
                            Machine::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.machines()
                                    .modify(ADMIN, s, machine.id(), machine.withDisabled(true)),
                    Machine::id);

            // packages, releases, deployments
            PackageVersion pushed =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.feed()
                                            .push(
                                                    ADMIN,
                                                    s,
                                                    "Shop.1.0.0.zip",
                                                    new ByteArrayInputStream(
                                                            "not really a zip"
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8)),
                                                    OverwriteMode.FAIL_IF_EXISTS)
                                            .packageVersion(),
                            PackageVersion::id);
            var buildInfo =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.buildInformation()
                                            .push(ADMIN, s, buildOf("7"), null)
                                            .buildInformation(),
                            b -> b.id());
            one(
                    EventCategory.Modified,
                    () ->
                            engine.buildInformation()
                                    .push(ADMIN, s, buildOf("8"), OverwriteMode.OVERWRITE_EXISTING)
                                    .buildInformation(),
                    b -> b.id());
            Release release =
                    one(
                            EventCategory.ReleaseCreated,
                            () ->
                                    engine.releases()
                                            .create(
                                                    ADMIN,
                                                    s,
                                                    CreateReleaseRequest.of(project.id())
                                                            .withVersion("1.0.0")),
                            Release::id);
            assertThat(last().projectId()).isEqualTo(project.id());
            one(
                    EventCategory.Modified,
                    () -> engine.releases().updateVariables(ADMIN, s, release.id()),
                    Release::id);
            one(
                    EventCategory.DeploymentQueued,
                    () ->
                            engine.deployments()
                                    .create(
                                            ADMIN,
                                            s,
                                            CreateDeploymentRequest.release(release.id(), "Dev"))
                                    .get(0),
                    d -> d.id());
            assertThat(last().environmentId()).isEqualTo(dev.id());

            // users, API keys, teams, roles, role assignments (system documents)
            User user =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.identity()
                                            .createUser(
                                                    ADMIN,
                                                    new UserDetails(
                                                            "dana",
                                                            "Dana",
                                                            "dana@example.org",
                                                            true,
                                                            false)),
                            User::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.identity()
                                    .updateUser(
                                            ADMIN,
                                            user.id(),
                                            new UserDetails(
                                                    "dana",
                                                    "Dana D.",
                                                    "dana@example.org",
                                                    true,
                                                    false)),
                    User::id);
            CreatedApiKey key =
                    one(
                            EventCategory.ApiKeyCreated,
                            () -> engine.identity().createApiKey(ADMIN, user.id(), "ci", null),
                            k -> k.key().id());
            secrets.add(key.apiKey());
            Team team =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.security()
                                            .teams()
                                            .create(
                                                    ADMIN,
                                                    new TeamDetails(
                                                            "Shop team",
                                                            "",
                                                            s,
                                                            List.of(user.id()))),
                            Team::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.security()
                                    .teams()
                                    .update(
                                            ADMIN,
                                            team.id(),
                                            new TeamDetails(
                                                    "Shop team", "sells", s, List.of(user.id()))),
                    Team::id);
            UserRole role =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.security()
                                            .userRoles()
                                            .create(
                                                    ADMIN,
                                                    new UserRoleDetails(
                                                            "Viewer",
                                                            "",
                                                            List.of("ProjectView"),
                                                            List.of())),
                            UserRole::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.security()
                                    .userRoles()
                                    .update(
                                            ADMIN,
                                            role.id(),
                                            new UserRoleDetails(
                                                    "Viewer",
                                                    "views",
                                                    List.of("ProjectView", "EnvironmentView"),
                                                    List.of())),
                    UserRole::id);
            ScopedUserRole grant =
                    one(
                            EventCategory.Created,
                            () ->
                                    engine.security()
                                            .scopedUserRoles()
                                            .create(
                                                    ADMIN,
                                                    new ScopedUserRole(
                                                            null,
                                                            s,
                                                            team.id(),
                                                            BuiltInRoles.idFor("Project viewer"),
                                                            List.of(dev.id()),
                                                            List.of(),
                                                            List.of(),
                                                            List.of())),
                            ScopedUserRole::id);
            one(
                    EventCategory.Modified,
                    () ->
                            engine.security()
                                    .scopedUserRoles()
                                    .update(
                                            ADMIN,
                                            grant.id(),
                                            new ScopedUserRole(
                                                    grant.id(),
                                                    s,
                                                    team.id(),
                                                    BuiltInRoles.idFor("Project viewer"),
                                                    List.of(),
                                                    List.of(),
                                                    List.of(),
                                                    List.of())),
                    ScopedUserRole::id);

            // a clone (process, channels, variables with their sealed secrets) is one event
            one(
                    EventCategory.Created,
                    () ->
                            engine.projects()
                                    .create(
                                            ADMIN,
                                            s,
                                            engine.projects()
                                                    .get(ADMIN, s, project.id())
                                                    .cloneBuilder()
                                                    .name("Shop twin")
                                                    .build()),
                    Project::id);

            // deletions, each one event
            deleted(
                    grant.id(),
                    () -> engine.security().scopedUserRoles().delete(ADMIN, grant.id()));
            deleted(role.id(), () -> engine.security().userRoles().delete(ADMIN, role.id()));
            deleted(team.id(), () -> engine.security().teams().delete(ADMIN, team.id()));
            one(
                    EventCategory.ApiKeyRevoked,
                    () -> {
                        engine.identity().revokeApiKey(ADMIN, user.id(), key.key().id());
                        return key.key();
                    },
                    k -> k.id());
            deleted(user.id(), () -> engine.identity().deleteUser(ADMIN, user.id()));
            deleted(
                    buildInfo.id(),
                    () -> engine.buildInformation().delete(ADMIN, s, buildInfo.id()));
            deleted(pushed.id(), () -> engine.feed().delete(ADMIN, s, pushed.id()));
            deleted(machine.id(), () -> engine.machines().delete(ADMIN, s, machine.id()));
            deleted(account.id(), () -> engine.accounts().delete(ADMIN, s, account.id()));
            deleted(tenant.id(), () -> engine.tenants().delete(ADMIN, s, tenant.id()));
            deleted(tags.id(), () -> engine.tagSets().delete(ADMIN, s, tags.id()));
            deleted(library.id(), () -> engine.variables().deleteLibrarySet(ADMIN, library.id()));
            deleted(channel.id(), () -> engine.channels().delete(ADMIN, s, channel.id()));
            deleted(spare.id(), () -> engine.projects().delete(ADMIN, s, spare.id()));
            deleted(gone.id(), () -> engine.environments().delete(ADMIN, s, gone.id()));

            // a space with everything in it goes as one event
            Space other = engine.spaces().create(ADMIN, Space.named("Temporary"));
            engine.environments().create(ADMIN, other.id(), Environment.named("Scratch"));
            engine.spaces()
                    .modify(
                            ADMIN,
                            other.id(),
                            new Space(
                                    other.id(),
                                    "Temporary",
                                    other.slug(),
                                    "",
                                    false,
                                    true,
                                    List.of(),
                                    List.of(),
                                    null,
                                    null));
            seen.clear();
            deleted(other.id(), () -> engine.spaces().delete(ADMIN, other.id()));
            assertThat(last().spaceId()).isNull();

            // no secret anywhere in the log
            List<String> texts = new ArrayList<>();
            for (AuditEvent e : all()) {
                texts.add(e.message());
                texts.add(String.valueOf(e.differences()));
                texts.add(e.toString());
            }
            StringWriter csv = new StringWriter();
            engine.audit().exportCsv(Caller.system(), EventQuery.inSpace(null, true), csv);
            texts.add(csv.toString());
            StringWriter spaceCsv = new StringWriter();
            engine.audit().exportCsv(Caller.system(), EventQuery.inSpace(s, true), spaceCsv);
            texts.add(spaceCsv.toString());
            assertThat(spaceCsv.toString()).contains("Project Shop was created");
            for (String text : texts) {
                for (String secret : secrets) {
                    assertThat(text).doesNotContain(secret);
                }
            }
        }
    }

    /**
     * Runs the change and checks that exactly one event was written, of this category, by {@link
     * #ADMIN} from their address, naming the document first.
     */
    private <T> T one(EventCategory category, Supplier<T> change, Function<T, String> id) {
        long before = maxAutoId();
        T result = change.get();
        List<AuditEvent> events = since(before);
        assertThat(events).as("events of %s", result).hasSize(1);
        AuditEvent event = events.get(0);
        assertThat(event.category()).isEqualTo(category);
        assertThat(event.relatedDocumentIds()).first().isEqualTo(id.apply(result));
        assertThat(event.userId()).isEqualTo(ADMIN.userId());
        assertThat(event.username()).isEqualTo("auditor");
        assertThat(event.ipAddress()).isEqualTo("10.0.0.7");
        assertThat(event.apiKeyId()).isEqualTo("APIKeys-3");
        assertThat(event.message()).isNotBlank();
        if (category == EventCategory.Created || category == EventCategory.Modified) {
            assertThat(event.differences()).startsWith("[").isNotEqualTo("[]");
        }
        seen.add(event);
        return result;
    }

    private void deleted(String documentId, Runnable delete) {
        one(
                EventCategory.Deleted,
                () -> {
                    delete.run();
                    return documentId;
                },
                Function.identity());
    }

    private static io.jenkins.plugins.freight.engine.feed.BuildInformationRequest buildOf(
            String buildNumber) {
        return new io.jenkins.plugins.freight.engine.feed.BuildInformationRequest(
                "Shop",
                "1.0.0",
                "Jenkins",
                buildNumber,
                "https://ci.example.com/job/shop/" + buildNumber + "/",
                "main",
                "Git",
                "https://git.example.com/shop.git",
                "0123abcd",
                List.of(),
                List.of());
    }

    private AuditEvent last() {
        return seen.get(seen.size() - 1);
    }

    private long maxAutoId() {
        return engine.database()
                .withHandle(
                        h ->
                                h.createQuery("SELECT COALESCE(MAX(auto_id), 0) FROM events")
                                        .mapTo(Long.class)
                                        .one());
    }

    private List<AuditEvent> since(long autoId) {
        List<Long> ids =
                engine.database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT auto_id FROM events WHERE auto_id >"
                                                                + " :after ORDER BY auto_id")
                                                .bind("after", autoId)
                                                .mapTo(Long.class)
                                                .list());
        return ids.stream().map(i -> engine.audit().get(Caller.system(), "Events-" + i)).toList();
    }

    private List<AuditEvent> all() {
        return since(0);
    }
}
