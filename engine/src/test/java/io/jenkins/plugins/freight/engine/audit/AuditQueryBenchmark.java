package io.jenkins.plugins.freight.engine.audit;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How fast the audit log answers its queries with a million events: fills the event tables with
 * {@code n} events (10 spaces, 50 users, 200 projects, 20 environments, 6 categories; three related
 * documents each) by SQL, then times each query's median over 15 runs.
 *
 * <p>Arguments: {@code h2|postgresql [events]} (default 1,000,000).
 */
public final class AuditQueryBenchmark {

    private AuditQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        DatabaseKind kind = DatabaseKind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("freight-audit-benchmark");
        DatabaseSettings settings =
                kind == DatabaseKind.H2 ? DatabaseSettings.h2File(dir) : kind.newSettings();
        try (Database db = Database.open(settings)) {
            long fill = System.nanoTime();
            fill(db, kind, n);
            System.out.printf(
                    "%s: %,d events written in %.1f s%n",
                    kind, n, (System.nanoTime() - fill) / 1e9);
            AuditService audit = new AuditService(db, AccessPolicy.authenticatedCallers());
            Caller c = Caller.system();
            EventQuery space = EventQuery.inSpace("Spaces-3", false).page(0, 30);
            long newest = audit.list(c, space).items().get(0).autoId();
            time(
                    "newest page of a space (30, with total)",
                    i -> audit.list(c, EventQuery.inSpace("Spaces-" + i % 10, false)));
            time("page by skip (skip 9,000)", i -> audit.list(c, space.page(9_000 - i, 30)));
            time(
                    "deep page by keyset (toAutoId = middle)",
                    i -> audit.list(c, space.upTo(newest / 2 - i * 1000L)));
            time("by user", i -> audit.list(c, space.withUsers(List.of("Users-" + i))));
            time(
                    "by project",
                    i -> audit.list(c, space.withProjects(List.of("Projects-" + (i * 10 + 3)))));
            time(
                    "by environment and category",
                    i ->
                            audit.list(
                                    c,
                                    space.withEnvironments(List.of("Environments-" + i))
                                            .withCategories(
                                                    Set.of(EventCategory.DeploymentFailed))));
            time(
                    "regarding a document",
                    i -> audit.list(c, space.withDocuments(List.of("Releases-" + (i * 7 + 3)))));
            time(
                    "time range (one hour)",
                    i ->
                            audit.list(
                                    c,
                                    space.between(
                                            java.time.Instant.parse("2026-01-02T00:00:00Z")
                                                    .plusSeconds(3600L * i),
                                            java.time.Instant.parse("2026-01-02T01:00:00Z")
                                                    .plusSeconds(3600L * i))));
            long csv = System.nanoTime();
            audit.exportCsv(c, EventQuery.inSpace("Spaces-3", false), Writer.nullWriter());
            System.out.printf(
                    "CSV export of one space (%,d events): %.1f s%n",
                    n / 10, (System.nanoTime() - csv) / 1e9);
        }
    }

    private static void fill(Database db, DatabaseKind kind, int n) {
        String rows =
                kind == DatabaseKind.H2
                        ? "(SELECT \"X\" AS i FROM SYSTEM_RANGE(1, " + n + ")) r"
                        : "(SELECT i FROM generate_series(1, " + n + ") AS i) r";
        db.useTransaction(
                h -> {
                    h.execute(
                            "INSERT INTO events (auto_id, space_id, category, occurred, user_id,"
                                    + " username, is_service, identity_established_with,"
                                    + " api_key_id, ip_address, project_id, environment_id,"
                                    + " tenant_id, message, differences) SELECT i, 'Spaces-' ||"
                                    + " (i % 10), CASE i % 6 WHEN 0 THEN 'Created' WHEN 1 THEN"
                                    + " 'Modified' WHEN 2 THEN 'Deleted' WHEN 3 THEN"
                                    + " 'DeploymentQueued' WHEN 4 THEN 'DeploymentSucceeded' ELSE"
                                    + " 'DeploymentFailed' END, TIMESTAMP WITH TIME ZONE"
                                    + " '2026-01-01 00:00:00+00' + (i * INTERVAL '1' SECOND),"
                                    + " 'Users-' || (i % 50), 'user' || (i % 50), FALSE, 'API key',"
                                    + " NULL, '10.0.0.1', 'Projects-' || (i % 200),"
                                    + " 'Environments-' || (i % 20), NULL, 'Event number ' || i,"
                                    + " NULL FROM "
                                    + rows);
                    h.execute(
                            "INSERT INTO event_documents (document_id, event_id, doc_order) SELECT"
                                    + " 'Releases-' || (i % 5000), i, 0 FROM "
                                    + rows);
                    h.execute(
                            "INSERT INTO event_documents (document_id, event_id, doc_order) SELECT"
                                    + " 'Projects-' || (i % 200), i, 1 FROM "
                                    + rows);
                    h.execute(
                            "INSERT INTO event_documents (document_id, event_id, doc_order) SELECT"
                                    + " 'Environments-' || (i % 20), i, 2 FROM "
                                    + rows);
                });
        if (kind == DatabaseKind.POSTGRESQL) {
            db.useTransaction(h -> h.execute("ANALYZE"));
        }
    }

    /** Each run asks with other values (run {@code i}), so no database cache answers it. */
    private static void time(String what, IntFunction<?> query) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            query.apply(i);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-45s median %7.1f ms  max %7.1f ms%n", what, ms.get(7), ms.get(14));
    }
}
