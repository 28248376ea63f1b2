package io.jenkins.plugins.freight.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit log on H2 and PostgreSQL: events for changes, queries, CSV, immutability, secrets. */
class AuditLogTest {

    private static final Caller ADMIN =
            new Caller("Users-900", "auditor", Caller.Via.API_KEY, "10.0.0.7", "APIKeys-3");

    @TempDir Path dir;

    private Engine open(DatabaseKind kind) {
        Engine engine = Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()));
        io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(engine, ADMIN);
        return engine;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changesProduceOneEventEachWithWhoWhenWhereAndADiff(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            Team team =
                    engine.security()
                            .teams()
                            .create(
                                    ADMIN,
                                    new TeamDetails("Testers", "first", "Spaces-1", List.of()));
            engine.security()
                    .teams()
                    .update(
                            ADMIN,
                            team.id(),
                            new TeamDetails("Testers", "second", null, List.of()));

            List<AuditEvent> events =
                    engine.audit()
                            .list(
                                    ADMIN,
                                    EventQuery.inSpace("Spaces-1", false)
                                            .withDocuments(List.of(team.id())))
                            .items();
            assertThat(events)
                    .extracting(AuditEvent::category)
                    .containsExactly(EventCategory.Modified, EventCategory.Created);
            AuditEvent modified = events.get(0);
            assertThat(modified.userId()).isEqualTo("Users-900");
            assertThat(modified.username()).isEqualTo("auditor");
            assertThat(modified.ipAddress()).isEqualTo("10.0.0.7");
            assertThat(modified.apiKeyId()).isEqualTo("APIKeys-3");
            assertThat(modified.identityEstablishedWith()).isEqualTo("API key");
            assertThat(modified.relatedDocumentIds()).containsExactly(team.id());
            assertThat(modified.message()).isEqualTo("Team Testers was changed");
            assertThat(modified.differences())
                    .contains(
                            "{\"op\":\"replace\",\"path\":\"/description\",\"value\":\"second\"}");
            assertThat(engine.audit().get(ADMIN, modified.id())).isEqualTo(modified);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eventsCannotBeChangedOrDeletedEvenWithSql(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            engine.security()
                    .teams()
                    .create(ADMIN, new TeamDetails("Testers", "", "Spaces-1", List.of()));
            long before = count(engine);

            assertThatThrownBy(
                            () ->
                                    engine.database()
                                            .useTransaction(
                                                    h ->
                                                            h.execute(
                                                                    "UPDATE events SET message ="
                                                                            + " 'forged'")))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(
                            () ->
                                    engine.database()
                                            .useTransaction(h -> h.execute("DELETE FROM events")))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(
                            () ->
                                    engine.database()
                                            .useTransaction(
                                                    h -> h.execute("DELETE FROM event_documents")))
                    .hasStackTraceContaining("append-only");
            assertThat(count(engine)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void queriesFilterByCategoryUserTimeAndPageByKeysetAndExportCsv(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            Caller other = new Caller("Users-901", "other", Caller.Via.SESSION, null);
            io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(engine, other);
            for (int i = 0; i < 25; i++) {
                engine.security()
                        .teams()
                        .create(
                                i % 2 == 0 ? ADMIN : other,
                                new TeamDetails("Team " + i, "", "Spaces-1", List.of()));
            }
            EventQuery all = EventQuery.inSpace("Spaces-1", false);
            Page<AuditEvent> first = engine.audit().list(ADMIN, all.page(0, 10));
            assertThat(first.totalResults()).isEqualTo(25);
            assertThat(first.items()).hasSize(10);
            Page<AuditEvent> next =
                    engine.audit()
                            .list(ADMIN, all.page(0, 10).upTo(first.items().get(9).autoId() - 1));
            assertThat(next.items().get(0).autoId()).isLessThan(first.items().get(9).autoId());
            assertThat(
                            engine.audit()
                                    .list(ADMIN, all.withUsers(List.of("Users-901")))
                                    .totalResults())
                    .isEqualTo(12);
            assertThat(
                            engine.audit()
                                    .list(ADMIN, all.withCategories(Set.of(EventCategory.Deleted)))
                                    .items())
                    .isEmpty();
            assertThat(
                            engine.audit()
                                    .list(
                                            ADMIN,
                                            all.between(
                                                    first.items().get(0).occurred().plusSeconds(1),
                                                    first.items()
                                                            .get(0)
                                                            .occurred()
                                                            .plusSeconds(60)))
                                    .items())
                    .isEmpty();
            StringWriter csv = new StringWriter();
            engine.audit().exportCsv(ADMIN, all, csv);
            String[] lines = csv.toString().split("\r\n");
            assertThat(lines).hasSize(26);
            assertThat(lines[0]).startsWith("Id,Occurred,Category,Username");
            assertThat(lines[1]).contains(",Created,").contains("Team Team 24 was created");

            assertThatThrownBy(
                            () -> engine.audit().list(ADMIN, all.page(EventQuery.MAX_SKIP + 1, 10)))
                    .isInstanceOf(InvalidInputException.class);
            Caller nobody = new Caller("Users-999", "nobody", Caller.Via.API_KEY, null);
            assertThatThrownBy(() -> engine.audit().list(nobody, all))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageStartingWith("Missing permission EventView");
        }
    }

    @Test
    void sensitiveValuesNeverReachTheDiff() {
        record Account(String name, String password, Map<String, Object> variable) {}
        Account before =
                new Account(
                        "db",
                        "hunter2-old",
                        Map.of("name", "DbPassword", "isSensitive", true, "value", "s3cr3t-old"));
        Account after =
                new Account(
                        "db2",
                        "hunter2-new",
                        Map.of("name", "DbPassword", "isSensitive", true, "value", "s3cr3t-new"));

        String diff = ChangeDiff.between(before, after);

        assertThat(diff)
                .doesNotContain("hunter2")
                .doesNotContain("s3cr3t")
                .contains("{\"op\":\"replace\",\"path\":\"/password\",\"value\":\"*****\"}")
                .contains("{\"op\":\"replace\",\"path\":\"/variable/value\",\"value\":\"*****\"}")
                .contains("{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"db2\"}");
        assertThat(ChangeDiff.between(null, after))
                .doesNotContain("hunter2")
                .doesNotContain("s3cr3t");
        assertThat(
                        new EventRequest(
                                        null,
                                        EventCategory.Modified,
                                        "m",
                                        List.of("A-1"),
                                        null,
                                        null,
                                        null,
                                        before,
                                        after)
                                .toString())
                .doesNotContain("hunter2")
                .doesNotContain("s3cr3t");
    }

    private static long count(Engine engine) {
        return engine.database()
                .withHandle(
                        h -> h.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one());
    }
}
