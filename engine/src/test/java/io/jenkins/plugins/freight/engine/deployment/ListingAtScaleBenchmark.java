package io.jenkins.plugins.freight.engine.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.feed.PackageQuery;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * How fast releases, deployments and packages are listed at scale (not part of the test run): fills
 * one space with {@code releases} releases of 10 projects (half in each project's "Beta" channel),
 * two deployments per release over 5 environments (each with its server task), and {@code releases}
 * package versions (100 packages), then times first and deep pages of the services' list queries,
 * median and maximum of 15 runs that each ask with other values.
 *
 * <p>The rows are written by SQL from documents the services created, so the lists read real
 * documents. Arguments: {@code h2|postgresql [releases]} (default 100,000); H2 is a file database.
 */
public final class ListingAtScaleBenchmark {

    private static final Caller C = Caller.system();
    private static final String SPACE = "Spaces-1";
    private static final int PROJECTS = 10;
    private static final int ENVIRONMENTS = 5;
    private static final int PACKAGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ListingAtScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        DatabaseKind kind = DatabaseKind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("freight-listing-benchmark");
        DatabaseSettings database =
                kind == DatabaseKind.H2 ? DatabaseSettings.h2File(dir) : kind.newSettings();
        try (Engine engine = Engine.open(EngineSettings.defaults(dir).withDatabase(database))) {
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d cores, Java %s, load average at start %.1f%n",
                    kind,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Model model = model(engine);
            long start = System.nanoTime();
            fill(engine, kind, model, releases);
            System.out.printf(
                    Locale.ROOT,
                    "%,d releases, %,d deployments, %,d package versions written in %.0f s%n",
                    releases,
                    2L * releases,
                    (long) releases,
                    (System.nanoTime() - start) / 1e9);
            measure(engine, model, releases);
            if (args.length > 2 && args[2].equals("explain")) {
                explain(engine, model);
            }
            System.out.printf(
                    Locale.ROOT,
                    "load average at end %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Projects, channels and environments made by the services, and one real document each. */
    private record Model(
            List<Project> projects,
            List<String> betaChannels,
            List<String> defaultChannels,
            List<Environment> environments,
            String releaseDocument,
            String deploymentDocument) {}

    private static Model model(Engine engine) {
        List<Environment> environments = new ArrayList<>();
        for (int e = 0; e < ENVIRONMENTS; e++) {
            environments.add(engine.environments().create(C, SPACE, Environment.named("Env " + e)));
        }
        List<Project> projects = new ArrayList<>();
        List<String> beta = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            Project project =
                    engine.projects().create(C, SPACE, Project.builder("App " + p).build());
            projects.add(project);
            beta.add(engine.channels().create(C, SPACE, Channel.of(project.id(), "Beta")).id());
            defaults.add(
                    engine.database()
                            .withHandle(
                                    h ->
                                            engine.channels()
                                                    .defaultChannel(h, SPACE, project.id())
                                                    .id()));
        }
        Release template =
                engine.releases()
                        .create(
                                C,
                                SPACE,
                                CreateReleaseRequest.of(projects.get(0).id()).withVersion("0.0.1"));
        Deployment deployment =
                engine.deployments()
                        .create(
                                C,
                                SPACE,
                                CreateDeploymentRequest.release(
                                        template.id(), environments.get(0).id()))
                        .get(0);
        return engine.database()
                .withHandle(
                        h ->
                                new Model(
                                        projects,
                                        beta,
                                        defaults,
                                        environments,
                                        document(h, "releases", template.id()),
                                        document(h, "deployments", deployment.id())));
    }

    private static String document(Handle h, String table, String id) {
        return h.createQuery("SELECT document FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one();
    }

    private static void fill(Engine engine, DatabaseKind kind, Model m, int releases)
            throws Exception {
        ObjectNode release = (ObjectNode) JSON.readTree(m.releaseDocument());
        ObjectNode deployment = (ObjectNode) JSON.readTree(m.deploymentDocument());
        Timestamp base = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        int chunk = 5_000;
        for (int from = 1; from <= releases; from += chunk) {
            int first = from;
            int last = Math.min(releases, from + chunk - 1);
            engine.database()
                    .useTransaction(
                            h -> {
                                PreparedBatch r =
                                        h.prepareBatch(
                                                "INSERT INTO releases (id, release_number,"
                                                        + " space_id, project_id, channel_id,"
                                                        + " version, version_normalized,"
                                                        + " version_sort, assembled, document)"
                                                        + " VALUES (:id, :n, :space, :project,"
                                                        + " :channel, :version, :normalized,"
                                                        + " :sort, :at, :doc)");
                                PreparedBatch t =
                                        h.prepareBatch(
                                                "INSERT INTO server_tasks (id, task_number,"
                                                        + " space_id, name, description,"
                                                        + " arguments, state, queue_time,"
                                                        + " start_time, completed_time,"
                                                        + " last_updated_time, project_id,"
                                                        + " environment_id) VALUES (:id, :n,"
                                                        + " :space, 'Deploy', 'Deploy', '{}',"
                                                        + " 'Success', :at, :at, :at, :at,"
                                                        + " :project, :environment)");
                                PreparedBatch d =
                                        h.prepareBatch(
                                                "INSERT INTO deployments (id,"
                                                        + " deployment_number, space_id,"
                                                        + " release_id, project_id, channel_id,"
                                                        + " environment_id, tenant_id, task_id,"
                                                        + " created, document) VALUES (:id, :n,"
                                                        + " :space, :release, :project,"
                                                        + " :channel, :environment, NULL, :task,"
                                                        + " :at, :doc)");
                                PreparedBatch p =
                                        h.prepareBatch(
                                                "INSERT INTO package_versions (space_id,"
                                                        + " package_key, version_key,"
                                                        + " version_sort, is_prerelease,"
                                                        + " package_id, version, extension,"
                                                        + " size_bytes, sha1, sha256, published,"
                                                        + " title, description, release_notes)"
                                                        + " VALUES (:space, :key, :normalized,"
                                                        + " :sort, :pre, :id, :version, '.zip',"
                                                        + " 1, :sha1, :sha256, :at, '', '',"
                                                        + " '')");
                                for (int i = first; i <= last; i++) {
                                    addRelease(r, t, d, m, release, deployment, base, i);
                                    addPackageVersion(p, base, i);
                                }
                                r.execute();
                                t.execute();
                                d.execute();
                                p.execute();
                            });
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            engine.database().useTransaction(h -> h.execute("ANALYZE"));
        }
    }

    /** Release i: project i % 10, every other one in Beta; two deployments to environments. */
    private static void addRelease(
            PreparedBatch r,
            PreparedBatch t,
            PreparedBatch d,
            Model m,
            ObjectNode release,
            ObjectNode deployment,
            Timestamp base,
            int i) {
        int project = i % PROJECTS;
        int perProject = i / PROJECTS;
        boolean beta = perProject % 2 == 1;
        String version =
                (1 + perProject / 1000)
                        + "."
                        + (perProject % 1000)
                        + ".0"
                        + (beta ? "-beta." + (i % 7) : "");
        OctopusVersion v = OctopusVersion.parse(version);
        String id = "Releases-" + (1000 + i);
        String projectId = m.projects().get(project).id();
        String channel = (beta ? m.betaChannels() : m.defaultChannels()).get(project);
        Timestamp at = new Timestamp(base.getTime() + 60_000L * i);
        release.put("id", id).put("projectId", projectId).put("channelId", channel);
        release.put("version", version);
        r.bind("id", id)
                .bind("n", 1000L + i)
                .bind("space", SPACE)
                .bind("project", projectId)
                .bind("channel", channel)
                .bind("version", version)
                .bind("normalized", v.normalized())
                .bind("sort", v.sortKey())
                .bind("at", at)
                .bind("doc", release.toString())
                .add();
        for (int k = 0; k < 2; k++) {
            long n = 2L * i + k;
            String deploymentId = "Deployments-" + (1000 + n);
            String taskId = "ServerTasks-" + (1000 + n);
            String environment = m.environments().get((int) ((i + k) % ENVIRONMENTS)).id();
            t.bind("id", taskId)
                    .bind("n", 1000 + n)
                    .bind("space", SPACE)
                    .bind("at", at)
                    .bind("project", projectId)
                    .bind("environment", environment)
                    .add();
            deployment
                    .put("id", deploymentId)
                    .put("releaseId", id)
                    .put("projectId", projectId)
                    .put("channelId", channel)
                    .put("environmentId", environment)
                    .put("taskId", taskId);
            d.bind("id", deploymentId)
                    .bind("n", 1000 + n)
                    .bind("space", SPACE)
                    .bind("release", id)
                    .bind("project", projectId)
                    .bind("channel", channel)
                    .bind("environment", environment)
                    .bind("task", taskId)
                    .bind("at", at)
                    .bind("doc", deployment.toString())
                    .add();
        }
    }

    /** Package i % 100 ("Acme.Component07"), version from i / 100; a tenth are pre-releases. */
    private static void addPackageVersion(PreparedBatch p, Timestamp base, int i) {
        String id = String.format(Locale.ROOT, "Acme.Component%02d", i % PACKAGES);
        int n = i / PACKAGES;
        String version = "1." + n / 100 + "." + n % 100 + (i % 10 == 0 ? "-rc." + n : "");
        OctopusVersion v = OctopusVersion.parse(version);
        p.bind("space", SPACE)
                .bind("key", id.toLowerCase(Locale.ROOT))
                .bind("normalized", v.normalized())
                .bind("sort", v.sortKey())
                .bind("pre", v.isPreRelease())
                .bind("id", id)
                .bind("version", version)
                .bind("sha1", "0".repeat(40))
                .bind("sha256", "0".repeat(64))
                .bind("at", new Timestamp(base.getTime() + 1000L * i))
                .add();
    }

    private static void measure(Engine engine, Model m, int releases) {
        var rs = engine.releases();
        var ds = engine.deployments();
        var feed = engine.feed();
        int perProject = releases / PROJECTS;
        IntFunction<String> project = i -> m.projects().get(i % PROJECTS).id();
        IntFunction<String> env = i -> m.environments().get(i % ENVIRONMENTS).id();
        IntFunction<String> pkg = i -> String.format(Locale.ROOT, "Acme.Component%02d", i);
        System.out.printf(Locale.ROOT, "%-62s %9s %9s%n", "page of 30", "median", "max");
        time(
                "releases of a project, first page",
                i -> rs.listByProject(C, SPACE, project.apply(i), null, null, 0, 30));
        time(
                "releases of a project, deep page (skip 90 %)",
                i ->
                        rs.listByProject(
                                C,
                                SPACE,
                                project.apply(i),
                                null,
                                null,
                                perProject * 9 / 10 - i,
                                30));
        time(
                "releases of a channel, first page",
                i -> rs.listByProject(C, SPACE, project.apply(i), "Beta", null, 0, 30));
        time(
                "releases of a channel, deep page (skip 90 %)",
                i ->
                        rs.listByProject(
                                C,
                                SPACE,
                                project.apply(i),
                                "Beta",
                                null,
                                perProject * 9 / 20 - i,
                                30));
        time(
                "releases of a project, version search \"beta.3\"",
                i -> rs.listByProject(C, SPACE, project.apply(i), null, "beta.3", 0, 30));
        time("releases of the space, first page", i -> rs.list(C, SPACE, List.of(), i, 30));
        time(
                "releases of the space, deep page (skip 90 %)",
                i -> rs.list(C, SPACE, List.of(), releases * 9 / 10 - i, 30));
        time(
                "deployments of the space, first page",
                i -> ds.list(C, SPACE, DeploymentQuery.all().page(i, 30)));
        time(
                "deployments of the space, deep page (skip 90 %)",
                i -> ds.list(C, SPACE, DeploymentQuery.all().page(releases * 18 / 10 - i, 30)));
        time(
                "deployments to an environment, first page",
                i ->
                        ds.list(
                                C,
                                SPACE,
                                DeploymentQuery.all()
                                        .withEnvironments(List.of(env.apply(i)))
                                        .page(0, 30)));
        time(
                "deployments to an environment, deep page (skip 90 %)",
                i ->
                        ds.list(
                                C,
                                SPACE,
                                DeploymentQuery.all()
                                        .withEnvironments(List.of(env.apply(i)))
                                        .page(releases * 18 / 50 - i, 30)));
        time(
                "deployments of a project, first page",
                i ->
                        ds.list(
                                C,
                                SPACE,
                                DeploymentQuery.all()
                                        .withProjects(List.of(project.apply(i)))
                                        .page(0, 30)));
        time(
                "deployments of a project to an environment, first page",
                i ->
                        ds.historyOfEnvironment(
                                C, SPACE, project.apply(i), env.apply(i), null, 0, 30));
        time(
                "deployments of a project to an environment, deep (skip 90 %)",
                i ->
                        ds.historyOfEnvironment(
                                C,
                                SPACE,
                                project.apply(i),
                                env.apply(i),
                                null,
                                releases * 18 / 500 - i,
                                30));
        time(
                "package versions, first page",
                i -> feed.list(C, SPACE, PackageQuery.firstPage().page(i, 30)));
        time(
                "package versions, deep page (skip 90 %)",
                i -> feed.list(C, SPACE, PackageQuery.firstPage().page(releases * 9 / 10 - i, 30)));
        time(
                "package search \"component4\", first page",
                i ->
                        feed.list(
                                C,
                                SPACE,
                                PackageQuery.firstPage().withFilter("component4" + i % 10)));
        time(
                "latest version of each package, first page",
                i -> feed.list(C, SPACE, PackageQuery.firstPage().latest().page(i, 30)));
        time(
                "versions of one package, first page",
                i -> feed.list(C, SPACE, PackageQuery.firstPage().withPackageId(pkg.apply(i))));
        time(
                "versions of one package, deep page (skip 90 %)",
                i ->
                        feed.list(
                                C,
                                SPACE,
                                PackageQuery.firstPage()
                                        .withPackageId(pkg.apply(i))
                                        .page(releases / PACKAGES * 9 / 10 - i, 30)));
        time(
                "newest 30 versions of one package in a range",
                i ->
                        feed.versions(
                                C,
                                SPACE,
                                pkg.apply(i),
                                io.jenkins.plugins.freight.engine.version.VersionRange.parse(
                                        "[1.0,1.5)"),
                                null,
                                30));
    }

    /** The plans of the list queries (as the repositories write them), with rows read. */
    private static void explain(Engine engine, Model m) {
        String p = "'" + m.projects().get(3).id() + "'";
        String c = "'" + m.betaChannels().get(3) + "'";
        String e = "'" + m.environments().get(2).id() + "'";
        String s = "'" + SPACE + "'";
        List<String> queries =
                List.of(
                        "SELECT COUNT(*) FROM releases WHERE project_id = "
                                + p
                                + " AND version_sort > ''",
                        "SELECT document FROM releases WHERE project_id = "
                                + p
                                + " AND version_sort > '' ORDER BY project_id, version_sort DESC"
                                + " LIMIT 30 OFFSET 0",
                        "SELECT document FROM releases WHERE project_id = "
                                + p
                                + " AND version_sort > '' AND channel_id = "
                                + c
                                + " ORDER BY channel_id, version_sort DESC LIMIT 30 OFFSET 0",
                        "SELECT COUNT(*) FROM releases WHERE space_id = "
                                + s
                                + " AND release_number > 0",
                        "SELECT document FROM releases WHERE space_id = "
                                + s
                                + " AND release_number > 0 ORDER BY space_id DESC,"
                                + " release_number DESC LIMIT 30 OFFSET 0",
                        "SELECT COUNT(*) FROM deployments d WHERE d.space_id = "
                                + s
                                + " AND d.environment_id IN ("
                                + e
                                + ")"
                                + " AND d.deployment_number > 0",
                        "SELECT d.document FROM deployments d WHERE d.space_id = "
                                + s
                                + " AND d.environment_id IN ("
                                + e
                                + ")"
                                + " AND d.deployment_number > 0 ORDER BY d.environment_id DESC,"
                                + " d.space_id DESC, d.deployment_number DESC LIMIT 30 OFFSET 0",
                        "SELECT d.document FROM deployments d WHERE d.space_id = "
                                + s
                                + " AND d.project_id IN ("
                                + p
                                + ")"
                                + " AND d.deployment_number > 0 ORDER BY d.project_id DESC,"
                                + " d.space_id DESC, d.deployment_number DESC LIMIT 30 OFFSET 0",
                        "SELECT d.document FROM deployments d WHERE d.space_id = "
                                + s
                                + " AND d.deployment_number > 0 ORDER BY d.space_id DESC,"
                                + " d.deployment_number DESC LIMIT 30 OFFSET 0",
                        "SELECT count(*) FROM package_versions pv WHERE pv.space_id = " + s,
                        "SELECT count(DISTINCT pv.package_key) FROM package_versions pv WHERE"
                                + " pv.space_id = "
                                + s,
                        "SELECT package_key, version FROM package_versions pv WHERE"
                                + " pv.space_id = "
                                + s
                                + " ORDER BY pv.space_id, pv.package_key, pv.version_sort DESC"
                                + " LIMIT 30 OFFSET 0",
                        "SELECT package_key, version FROM package_versions pv WHERE"
                                + " pv.space_id = "
                                + s
                                + " AND pv.version_sort = (SELECT x.version_sort FROM"
                                + " package_versions x WHERE x.space_id = pv.space_id AND"
                                + " x.package_key = pv.package_key ORDER BY x.space_id,"
                                + " x.package_key, x.version_sort DESC FETCH FIRST 1 ROW ONLY)"
                                + " ORDER BY pv.space_id,"
                                + " pv.package_key, pv.version_sort DESC LIMIT 30 OFFSET 0");
        engine.database()
                .useTransaction(
                        h -> {
                            for (String q : queries) {
                                System.out.println("-- " + q);
                                h.createQuery("EXPLAIN ANALYZE " + q)
                                        .mapTo(String.class)
                                        .list()
                                        .forEach(System.out::println);
                            }
                        });
    }

    private static void time(String what, IntFunction<?> query) {
        for (int i = 0; i < 5; i++) {
            query.apply(0); // warm-up: statement preparation, class loading, compilation
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            long start = System.nanoTime();
            query.apply(i);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%-62s %6.1f ms %6.1f ms%n", what, ms.get(7), ms.get(14));
    }
}
