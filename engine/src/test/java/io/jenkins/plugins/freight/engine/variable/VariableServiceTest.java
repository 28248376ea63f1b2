package io.jenkins.plugins.freight.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Storage, concurrency, encryption and snapshots of variables, on H2 and PostgreSQL. */
class VariableServiceTest {

    private static final Caller ALICE = new Caller("Users-1", "alice", Caller.Via.API_KEY, null);
    private static final String SECRET = "correct-horse-battery";

    @TempDir Path dataDir;

    private VariableService service(Database db) {
        return new VariableService(
                db, AccessPolicy.authenticatedCallers(), SecretCipher.inDataDir(dataDir));
    }

    private static VariableSet newProjectSet(
            Database db, VariableService service, String projectId) {
        return db.inTransaction(h -> service.createSet(h, "Spaces-1", projectId));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSetRoundTripsExactly(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet created = newProjectSet(db, service, "Projects-1");
            assertThat(created.id()).isEqualTo("variableset-Projects-1");
            assertThat(created.version()).isZero();
            Variable scoped =
                    Variable.of("Conn", " value with spaces ")
                            .withScope(
                                    VariableScope.of(
                                                    ScopeDimension.ENVIRONMENT,
                                                    "Environments-2",
                                                    "Environments-1")
                                            .with(ScopeDimension.ROLE, "web"))
                            .withPrompt(
                                    new VariablePrompt(
                                            "Connection",
                                            "help",
                                            true,
                                            Map.of("Octopus.ControlType", "SingleLineText")));
            VariableSet saved =
                    service.modify(
                            ALICE,
                            created.withVariables(List.of(scoped, Variable.of("Plain", "p"))));
            assertThat(saved.version()).isEqualTo(1);
            VariableSet read = service.getForOwner(ALICE, "Projects-1");
            assertThat(read).isEqualTo(saved);
            Variable first = read.variables().get(0);
            assertThat(first.id()).isNotBlank();
            assertThat(first.value()).isEqualTo(" value with spaces ");
            assertThat(first.scope().get(ScopeDimension.ENVIRONMENT))
                    .containsExactly("Environments-2", "Environments-1");
            assertThat(first.prompt().displaySettings())
                    .containsEntry("Octopus.ControlType", "SingleLineText");
            assertThat(read.variables())
                    .extracting(Variable::name)
                    .containsExactly("Conn", "Plain");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStaleVersionIsRefusedAndChangesNothing(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet created = newProjectSet(db, service, "Projects-1");
            service.modify(ALICE, created.withVariables(List.of(Variable.of("A", "1"))));
            assertThatThrownBy(
                            () ->
                                    service.modify(
                                            ALICE,
                                            created.withVariables(List.of(Variable.of("A", "2")))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage(VariableService.STALE_VERSION);
            VariableSet read = service.getForOwner(ALICE, "Projects-1");
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.variables()).singleElement().extracting(Variable::value).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void invalidVariablesAreAllReportedAndNothingIsSaved(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet created = newProjectSet(db, service, "Projects-1");
            List<Variable> bad =
                    List.of(
                            Variable.of(" ", "x"),
                            Variable.of("P", "")
                                    .withPrompt(new VariablePrompt(" ", "", false, Map.of())),
                            Variable.of("A", "1").withId("same"),
                            Variable.of("B", "2").withId("same"));
            assertThatThrownBy(() -> service.modify(ALICE, created.withVariables(bad)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class, e -> assertThat(e.errors()).hasSize(3));
            assertThat(service.getForOwner(ALICE, "Projects-1").version()).isZero();
            assertThatThrownBy(() -> service.getForOwner(ALICE, "Projects-404"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sensitiveValuesAreEncryptedAtRestAndNeverRead(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet created = newProjectSet(db, service, "Projects-1");
            VariableSet saved =
                    service.modify(
                            ALICE,
                            created.withVariables(List.of(Variable.sensitive("Password", SECRET))));
            assertThat(saved.variables().get(0).value()).isNull();
            assertThat(saved.variables().get(0).isSensitive()).isTrue();
            assertThat(service.get(ALICE, saved.id()).variables().get(0).value()).isNull();
            assertThat(saved.toString()).doesNotContain(SECRET);
            String stored =
                    db.withHandle(
                            h ->
                                    h.createQuery("SELECT secret_value FROM variables")
                                            .mapTo(String.class)
                                            .one());
            assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
            String plain =
                    db.withHandle(
                            h ->
                                    h.createQuery("SELECT plain_value FROM variables")
                                            .mapTo(String.class)
                                            .one());
            assertThat(plain).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theIdDecidesWhatHappensToAStoredSecret(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet created = newProjectSet(db, service, "Projects-1");
            VariableSet saved =
                    service.modify(
                            ALICE,
                            created.withVariables(List.of(Variable.sensitive("Password", SECRET))));
            Variable read = saved.variables().get(0);
            // Same id, no value: the secret is kept.
            saved = service.modify(ALICE, saved.withVariables(List.of(read)));
            assertThat(secretOf(db, service, "Projects-1")).isEqualTo(SECRET);
            // Same id, empty value: kept too.
            saved = service.modify(ALICE, saved.withVariables(List.of(read.withValue(""))));
            assertThat(secretOf(db, service, "Projects-1")).isEqualTo(SECRET);
            // Same id, a value: replaced.
            saved =
                    service.modify(
                            ALICE, saved.withVariables(List.of(read.withValue("new-secret"))));
            assertThat(secretOf(db, service, "Projects-1")).isEqualTo("new-secret");
            // No id: exactly what was sent.
            service.modify(ALICE, saved.withVariables(List.of(Variable.sensitive("Password", ""))));
            assertThat(secretOf(db, service, "Projects-1")).isEmpty();
        }
    }

    private static String secretOf(Database db, VariableService service, String ownerId) {
        return db.inTransaction(
                h ->
                        service.getSnapshot(h, service.snapshot(h, ownerId))
                                .sets()
                                .get(0)
                                .variables()
                                .get(0)
                                .value());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSnapshotFreezesTheProjectAndItsLibrarySets(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            VariableSet project = newProjectSet(db, service, "Projects-1");
            LibraryVariableSet library =
                    service.createLibrarySet(ALICE, "Spaces-1", "Common", "shared");
            assertThat(library.id()).startsWith("LibraryVariableSets-");
            VariableSet librarySet = service.get(ALICE, library.variableSetId());
            project =
                    service.modify(
                            ALICE,
                            project.withVariables(
                                    List.of(
                                            Variable.of("A", "project"),
                                            Variable.sensitive("S", SECRET))));
            service.modify(ALICE, librarySet.withVariables(List.of(Variable.of("A", "library"))));
            String snapshotId =
                    db.inTransaction(h -> service.snapshot(h, "Projects-1", library.id()));
            assertThat(snapshotId).matches("variableset-Projects-1-s-1-[A-Z0-9]{5}");
            service.modify(
                    ALICE, project.withVariables(List.of(Variable.of("A", "changed later"))));

            VariableSnapshot snapshot = db.withHandle(h -> service.getSnapshot(h, snapshotId));
            assertThat(snapshot.sets())
                    .extracting(VariableSet::ownerId)
                    .containsExactly("Projects-1", library.id());
            assertThat(snapshot.sets().get(0).variables())
                    .extracting(Variable::value)
                    .containsExactly("project", SECRET);
            assertThat(snapshot.redacted().sets().get(0).variables().get(1).value()).isNull();
            assertThat(snapshot.toString()).doesNotContain(SECRET);
            VariableDictionary variables =
                    VariableResolver.resolve(
                            snapshot.sets(),
                            ScopeContext.deployment(
                                    "Environments-1", null, null, null, "Projects-1"),
                            Map.of());
            assertThat(variables.get("A")).isEqualTo("project");
            assertThatThrownBy(() -> db.withHandle(h -> service.getSnapshot(h, "variableset-nope")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void libraryVariableSetsHaveUniqueNamesAndTakeTheirVariablesWithThem(DatabaseKind kind) {
        try (Database db = kind.open()) {
            VariableService service = service(db);
            LibraryVariableSet common = service.createLibrarySet(ALICE, "Spaces-1", "Common", null);
            assertThatThrownBy(() -> service.createLibrarySet(ALICE, "Spaces-1", "common", null))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> service.createLibrarySet(ALICE, "Spaces-1", " ", null))
                    .isInstanceOf(InvalidInputException.class);
            LibraryVariableSet renamed =
                    service.updateLibrarySet(
                            ALICE, new LibraryVariableSet(common.id(), null, "Shared", "d", null));
            assertThat(service.getLibrarySet(ALICE, common.id())).isEqualTo(renamed);
            assertThat(service.listLibrarySets(ALICE, "Spaces-1"))
                    .extracting(LibraryVariableSet::name)
                    .containsExactly("Shared");
            service.deleteLibrarySet(ALICE, common.id());
            assertThatThrownBy(() -> service.get(ALICE, common.variableSetId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.getLibrarySet(ALICE, common.id()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void readsAndEditsAskThePolicy(DatabaseKind kind) {
        try (Database db = kind.open()) {
            AccessPolicy denyEdits =
                    (caller, permission, space) -> {
                        if (permission.equals("VariableEdit")) {
                            throw new io.jenkins.plugins.freight.engine.error.ForbiddenException(
                                    "Missing permission VariableEdit", permission, List.of());
                        }
                    };
            VariableService service =
                    new VariableService(db, denyEdits, SecretCipher.inDataDir(dataDir));
            VariableSet created = newProjectSet(db, service, "Projects-1");
            assertThatThrownBy(
                            () ->
                                    service.modify(
                                            ALICE,
                                            created.withVariables(List.of(Variable.of("A", "1")))))
                    .isInstanceOf(io.jenkins.plugins.freight.engine.error.ForbiddenException.class);
            assertThat(service.getForOwner(ALICE, "Projects-1").variables()).isEmpty();
        }
    }
}
