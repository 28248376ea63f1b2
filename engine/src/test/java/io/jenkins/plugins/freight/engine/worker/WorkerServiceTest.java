package io.jenkins.plugins.freight.engine.worker;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Worker pools and workers on both databases: a default pool per space, the default mark moving,
 * refusals that name the users of a pool, worker validation, filters, and one audit event per
 * change without the account's password.
 */
class WorkerServiceTest {

    static final String FINGERPRINT = "SHA256:" + "W".repeat(43);
    static final String PASSWORD = "worker-Pa55-never-in-events";

    record Fixture(Engine engine, String space, Account account) {
        WorkerPoolService pools() {
            return engine.workerPools();
        }

        WorkerService workers() {
            return engine.workers();
        }

        Worker worker(String name, String... poolIds) {
            return Worker.ssh(
                    name,
                    List.of(poolIds),
                    SshEndpoint.of("worker.example.org", 0, FINGERPRINT, account.id()));
        }
    }

    static Fixture fixture(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Account account =
                engine.accounts()
                        .create(
                                ALICE,
                                space,
                                Account.usernamePassword("Worker login", "deploy", PASSWORD));
        return new Fixture(engine, space, account);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everySpaceStartsWithOneDefaultPoolAndTheMarkMoves(DatabaseKind kind) {
        Fixture f = fixture(kind);
        List<WorkerPool> initial = f.pools().list(ALICE, f.space(), ListQuery.all()).items();
        assertThat(initial).hasSize(1);
        WorkerPool builtIn = initial.get(0);
        assertThat(builtIn.name()).isEqualTo("Default Worker Pool");
        assertThat(builtIn.slug()).isEqualTo("default-worker-pool");
        assertThat(builtIn.isDefault()).isTrue();
        assertThat(builtIn.id()).startsWith("WorkerPools-");

        WorkerPool linux =
                f.pools()
                        .create(
                                ALICE,
                                f.space(),
                                WorkerPool.named("Linux workers").withDescription("bash"));
        assertThat(linux.isDefault()).isFalse();
        assertThat(linux.sortOrder()).isGreaterThan(builtIn.sortOrder());
        assertThatThrownBy(
                        () -> f.pools().create(ALICE, f.space(), WorkerPool.named("linux WORKERS")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");

        // the default pool stays the default until another one takes the mark
        assertThatThrownBy(
                        () ->
                                f.pools()
                                        .modify(
                                                ALICE,
                                                f.space(),
                                                builtIn.id(),
                                                builtIn.withDefault(false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("stays so until another pool is made the default");
        assertThatThrownBy(() -> f.pools().delete(ALICE, f.space(), builtIn.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("default pool and cannot be deleted");

        f.pools().modify(ALICE, f.space(), linux.id(), linux.withDefault(true));
        List<WorkerPool> after = f.pools().list(ALICE, f.space(), ListQuery.all()).items();
        assertThat(after)
                .filteredOn(WorkerPool::isDefault)
                .extracting(WorkerPool::id)
                .containsExactly(linux.id());
        f.engine()
                .database()
                .useTransaction(
                        h ->
                                assertThat(f.pools().findDefault(h, f.space()))
                                        .map(WorkerPool::id)
                                        .contains(linux.id()));
        f.pools().delete(ALICE, f.space(), builtIn.id());
        assertThat(f.pools().list(ALICE, f.space(), ListQuery.all()).items())
                .extracting(WorkerPool::name)
                .containsExactly("Linux workers");

        // a new space gets its own default pool; another space's pool is not found here
        String other = ModelTesting.newSpace(f.engine());
        assertThat(f.pools().list(ALICE, other, ListQuery.all()).items())
                .singleElement()
                .satisfies(p -> assertThat(p.isDefault()).isTrue());
        assertThatThrownBy(() -> f.pools().get(ALICE, other, linux.id()))
                .hasMessageContaining("was not found");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void spacesFromBeforeWorkerPoolsGetTheirDefaultPoolOnce(DatabaseKind kind) {
        Fixture f = fixture(kind);
        f.engine()
                .database()
                .useTransaction(
                        h ->
                                h.createUpdate("DELETE FROM worker_pools WHERE space_id = :s")
                                        .bind("s", f.space())
                                        .execute());
        assertThat(f.pools().list(ALICE, f.space(), ListQuery.all()).items()).isEmpty();

        f.pools().ensureDefaults();
        f.pools().ensureDefaults();

        assertThat(f.pools().list(ALICE, f.space(), ListQuery.all()).items())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.isDefault()).isTrue();
                            assertThat(p.name()).isEqualTo(WorkerPool.DEFAULT_NAME);
                        });
        // the database keeps a second default out even when the service is bypassed
        assertThatThrownBy(
                        () ->
                                f.engine()
                                        .database()
                                        .useTransaction(
                                                h ->
                                                        new JdbcWorkerPoolRepository()
                                                                .insert(
                                                                        h,
                                                                        new WorkerPool(
                                                                                "WorkerPools-999999",
                                                                                f.space(),
                                                                                "Second",
                                                                                "second",
                                                                                "",
                                                                                true,
                                                                                9,
                                                                                null,
                                                                                null))))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void workersAreStoredInPoolsAndFiltered(DatabaseKind kind) {
        Fixture f = fixture(kind);
        String defaultPool = defaultPool(f).id();
        WorkerPool linux = f.pools().create(ALICE, f.space(), WorkerPool.named("Linux"));
        Worker w1 = f.workers().create(ALICE, f.space(), f.worker("w1", linux.id(), defaultPool));
        f.workers().create(ALICE, f.space(), f.worker("w2", linux.id()).withDisabled(true));
        f.workers().create(ALICE, f.space(), f.worker("w3", defaultPool));

        assertThat(w1.id()).startsWith("Workers-");
        assertThat(w1.slug()).isEqualTo("w1");
        assertThat(w1.workerPoolIds()).containsExactly(linux.id(), defaultPool);
        assertThat(w1.health().status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(w1.machinePolicyId()).isEqualTo("MachinePolicies-1");
        assertThat(f.workers().get(ALICE, f.space(), "w1")).isEqualTo(w1);

        assertThat(names(f, WorkerFilter.pool(linux.id()))).containsExactly("w1", "w2");
        assertThat(names(f, WorkerFilter.pool(defaultPool))).containsExactly("w1", "w3");
        assertThat(names(f, new WorkerFilter(List.of(), true, List.of(), List.of())))
                .containsExactly("w2");
        assertThat(
                        names(
                                f,
                                new WorkerFilter(
                                        List.of(),
                                        null,
                                        List.of(HealthStatus.UNKNOWN),
                                        List.of("ssh"))))
                .containsExactly("w1", "w2", "w3");
        assertThat(
                        names(
                                f,
                                new WorkerFilter(
                                        List.of(), null, List.of(HealthStatus.HEALTHY), List.of())))
                .isEmpty();
        assertThat(
                        f.workers()
                                .list(
                                        ALICE,
                                        f.space(),
                                        ListQuery.all().withPartialName("w").page(1, 1),
                                        WorkerFilter.none())
                                .items())
                .extracting(Worker::name)
                .containsExactly("w2");
        f.engine()
                .database()
                .useTransaction(
                        h ->
                                assertThat(f.workers().enabledWorkers(h, f.space(), linux.id()))
                                        .extracting(Worker::name)
                                        .containsExactly("w1"));

        Worker moved =
                f.workers()
                        .modify(
                                ALICE,
                                f.space(),
                                w1.id(),
                                w1.withWorkerPoolIds(List.of(defaultPool)));
        assertThat(moved.workerPoolIds()).containsExactly(defaultPool);
        assertThat(names(f, WorkerFilter.pool(linux.id()))).containsExactly("w2");

        assertThatThrownBy(() -> f.workers().create(ALICE, f.space(), f.worker("W1", defaultPool)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badWorkersListEveryProblemAndChangeNothing(DatabaseKind kind) {
        Fixture f = fixture(kind);
        Worker bad =
                Worker.ssh(
                        "bad",
                        List.of("WorkerPools-424242"),
                        new SshEndpoint("bad host", 70000, "nope", "Accounts-0", null, null));
        assertThatThrownBy(() -> f.workers().create(ALICE, f.space(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Worker pool 'WorkerPools-424242' was not found in"
                                                        + " this space.",
                                                "The SSH host 'bad host' is not a host name or"
                                                        + " address.",
                                                "The SSH port must be between 1 and 65535.",
                                                "The host key fingerprint 'nope' is not in SHA256:…"
                                                        + " or MD5 aa:bb:… form.",
                                                "Account 'Accounts-0' was not found in this"
                                                        + " space."));
        assertThatThrownBy(
                        () ->
                                f.workers()
                                        .create(
                                                ALICE,
                                                f.space(),
                                                new Worker(
                                                        null, null, "none", null, false, List.of(),
                                                        null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "A worker needs at least one worker pool.",
                                                "A worker needs an endpoint (how to reach it)."));
        assertThat(f.workers().list(ALICE, f.space(), ListQuery.all(), WorkerFilter.none()).items())
                .isEmpty();
        assertThatThrownBy(() -> f.workers().create(ALICE, f.space(), f.worker(" ", "x")))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPoolInUseAndAnAccountInUseCannotBeDeleted(DatabaseKind kind) {
        Fixture f = fixture(kind);
        WorkerPool linux = f.pools().create(ALICE, f.space(), WorkerPool.named("Linux"));
        Worker w1 = f.workers().create(ALICE, f.space(), f.worker("w1", linux.id()));
        assertThatThrownBy(() -> f.pools().delete(ALICE, f.space(), linux.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Worker pool 'Linux' is still used by worker 'w1'");
        assertThatThrownBy(() -> f.engine().accounts().delete(ALICE, f.space(), f.account().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("worker 'w1'");

        Project project =
                f.engine().projects().create(ALICE, f.space(), Project.builder("Ops").build());
        DeploymentProcess process =
                f.engine().processes().getForProject(ALICE, f.space(), project.id());
        f.engine()
                .processes()
                .modify(
                        ALICE,
                        f.space(),
                        project.id(),
                        DeploymentProcess.edit(
                                process.version(),
                                List.of(
                                        DeploymentStep.of(
                                                "Migrate",
                                                Map.of(),
                                                DeploymentAction.of(
                                                                "Migrate",
                                                                "Octopus.Script",
                                                                Map.of(
                                                                        "Octopus.Action.RunOnServer",
                                                                        "true",
                                                                        "Octopus.Action.Script.ScriptBody",
                                                                        "echo migrate"))
                                                        .withWorkerPoolId(linux.id())))));

        // a process naming a pool that is not one of the space's is refused and not saved
        DeploymentProcess saved =
                f.engine().processes().getForProject(ALICE, f.space(), project.id());
        assertThatThrownBy(
                        () ->
                                f.engine()
                                        .processes()
                                        .modify(
                                                ALICE,
                                                f.space(),
                                                project.id(),
                                                DeploymentProcess.edit(
                                                        saved.version(),
                                                        List.of(
                                                                DeploymentStep.of(
                                                                        DeploymentAction.of(
                                                                                "Elsewhere",
                                                                                "Octopus.Script",
                                                                                Map.of(
                                                                                        "Octopus.Action.Script.ScriptBody",
                                                                                        "true",
                                                                                        DeploymentAction
                                                                                                .RUN_ON_SERVER,
                                                                                        "true",
                                                                                        DeploymentAction
                                                                                                .WORKER_POOL_PROPERTY,
                                                                                        "WorkerPools-31337")))))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                "Action 'Elsewhere' runs on worker pool 'WorkerPools-31337', which"
                                                        + " was not found in this space (give the"
                                                        + " pool's id)."));
        assertThat(f.engine().processes().getForProject(ALICE, f.space(), project.id()).version())
                .isEqualTo(saved.version());

        f.workers().delete(ALICE, f.space(), w1.id());
        assertThatThrownBy(() -> f.pools().delete(ALICE, f.space(), linux.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("deployment process 'Ops'");

        DeploymentProcess used =
                f.engine().processes().getForProject(ALICE, f.space(), project.id());
        f.engine()
                .processes()
                .modify(
                        ALICE,
                        f.space(),
                        project.id(),
                        DeploymentProcess.edit(used.version(), List.of()));
        f.pools().delete(ALICE, f.space(), linux.id());
        f.engine().accounts().delete(ALICE, f.space(), f.account().id());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyChangeIsOneAuditEventWithoutTheAccountsPassword(DatabaseKind kind) {
        Fixture f = fixture(kind);
        long before = maxAutoId(f);
        WorkerPool pool = f.pools().create(ALICE, f.space(), WorkerPool.named("Audited"));
        f.pools().modify(ALICE, f.space(), pool.id(), pool.withDescription("watched"));
        Worker w = f.workers().create(ALICE, f.space(), f.worker("audited-1", pool.id()));
        f.workers().modify(ALICE, f.space(), w.id(), w.withDisabled(true));
        f.workers().delete(ALICE, f.space(), w.id());
        f.pools().delete(ALICE, f.space(), pool.id());

        List<AuditEvent> events = since(f, before);
        assertThat(events)
                .extracting(AuditEvent::category)
                .containsExactly(
                        EventCategory.Created,
                        EventCategory.Modified,
                        EventCategory.Created,
                        EventCategory.Modified,
                        EventCategory.Deleted,
                        EventCategory.Deleted);
        assertThat(events)
                .extracting(e -> e.relatedDocumentIds().get(0))
                .containsExactly(pool.id(), pool.id(), w.id(), w.id(), w.id(), pool.id());
        assertThat(events)
                .extracting(AuditEvent::message)
                .containsExactly(
                        "Worker pool Audited was created",
                        "Worker pool Audited was changed",
                        "Worker audited-1 was created",
                        "Worker audited-1 was changed",
                        "Worker audited-1 was deleted",
                        "Worker pool Audited was deleted");
        assertThat(events.get(1).differences()).contains("watched");
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(PASSWORD));

        // a new space's default pool comes with the space: one event for the space only
        long beforeSpace = maxAutoId(f);
        f.engine().spaces().create(ALICE, Space.named("Quiet " + kind + " " + before));
        long spaceEvents =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT count(*) FROM events WHERE auto_id"
                                                                + " > :after")
                                                .bind("after", beforeSpace)
                                                .mapTo(Long.class)
                                                .one());
        assertThat(spaceEvents).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSpaceIsDeletedWithItsPoolsAndWorkers(DatabaseKind kind) {
        Fixture f = fixture(kind);
        WorkerPool linux = f.pools().create(ALICE, f.space(), WorkerPool.named("Linux"));
        f.workers().create(ALICE, f.space(), f.worker("w1", linux.id(), defaultPool(f).id()));
        Space space = f.engine().spaces().get(ALICE, f.space());
        f.engine()
                .spaces()
                .modify(
                        ALICE,
                        f.space(),
                        new Space(
                                space.id(),
                                space.name(),
                                space.slug(),
                                space.description(),
                                false,
                                true,
                                space.spaceManagersTeams(),
                                space.spaceManagersTeamMembers(),
                                null,
                                null));

        f.engine().spaces().delete(ALICE, f.space());

        long left =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT (SELECT count(*) FROM workers WHERE"
                                                                + " space_id = :s) + (SELECT"
                                                                + " count(*) FROM worker_pools"
                                                                + " WHERE space_id = :s)")
                                                .bind("s", f.space())
                                                .mapTo(Long.class)
                                                .one());
        assertThat(left).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void viewingAndEditingNeedWorkerPermissions(DatabaseKind kind) {
        Fixture f = fixture(kind);
        Caller nobody = new Caller("Users-404", "nobody", Caller.Via.API_KEY, null);
        assertThatThrownBy(() -> f.pools().list(nobody, f.space(), ListQuery.all()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("WorkerView");
        assertThatThrownBy(() -> f.pools().create(nobody, f.space(), WorkerPool.named("No")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("WorkerEdit");
        assertThatThrownBy(
                        () ->
                                f.workers()
                                        .list(
                                                nobody,
                                                f.space(),
                                                ListQuery.all(),
                                                WorkerFilter.none()))
                .isInstanceOf(ForbiddenException.class);
    }

    private static WorkerPool defaultPool(Fixture f) {
        return f.engine()
                .database()
                .withHandle(h -> f.pools().findDefault(h, f.space()).orElseThrow());
    }

    private static List<String> names(Fixture f, WorkerFilter filter) {
        return f.workers().list(ALICE, f.space(), ListQuery.all(), filter).items().stream()
                .map(Worker::name)
                .toList();
    }

    private static long maxAutoId(Fixture f) {
        return f.engine()
                .database()
                .withHandle(
                        h ->
                                h.createQuery("SELECT COALESCE(MAX(auto_id), 0) FROM events")
                                        .mapTo(Long.class)
                                        .one());
    }

    private static List<AuditEvent> since(Fixture f, long autoId) {
        List<Long> ids =
                f.engine()
                        .database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT auto_id FROM events WHERE auto_id >"
                                                                + " :after AND space_id = :s"
                                                                + " ORDER BY auto_id")
                                                .bind("after", autoId)
                                                .bind("s", f.space())
                                                .mapTo(Long.class)
                                                .list());
        return ids.stream()
                .map(i -> f.engine().audit().get(Caller.system(), "Events-" + i))
                .toList();
    }
}
