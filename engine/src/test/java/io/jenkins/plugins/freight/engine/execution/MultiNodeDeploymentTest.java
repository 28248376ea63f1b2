package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three engine instances on one real PostgreSQL: 1,000 queued no-op deployments are each run
 * exactly once, shared between the nodes.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class MultiNodeDeploymentTest {

    private static final int DEPLOYMENTS = 1000;

    @TempDir Path dir;

    @Test
    void thousandQueuedNoOpDeploymentsRunExactlyOnceOnThreeNodes() throws Exception {
        DatabaseSettings database = TestDatabases.postgresSettings();
        List<Engine> nodes = new ArrayList<>();
        try {
            for (String name : List.of("node-1", "node-2", "node-3")) {
                nodes.add(
                        Engine.open(
                                EngineSettings.defaults(dir.resolve(name))
                                        .withDatabase(database)
                                        .withNodeName(name)
                                        .withTaskCap(4)));
            }
            Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
            Set<String> nodesUsed = ConcurrentHashMap.newKeySet();
            for (Engine node : nodes) {
                node.tasks()
                        .addCompletionListener(
                                task -> {
                                    if (task.name().equals(DeploymentService.DEPLOY_TASK)) {
                                        completions
                                                .computeIfAbsent(
                                                        task.id(), k -> new AtomicInteger())
                                                .incrementAndGet();
                                        nodesUsed.add(task.serverNode());
                                    }
                                });
            }
            Seed seed = ExecutionTesting.seed(nodes.get(0));
            // one project deploys to one environment at a time: 20 projects x 3 environments
            List<Release> releases = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                releases.add(seed.release(seed.project("Noop " + p), "1.0.0"));
            }
            List<Environment> environments = List.of(seed.dev(), seed.test(), seed.prod());
            ExecutorService creators = Executors.newFixedThreadPool(4);
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < DEPLOYMENTS; i++) {
                int n = i;
                created.add(
                        creators.submit(
                                () ->
                                        seed.deploy(
                                                        releases.get(n % 20),
                                                        environments.get((n / 20) % 3))
                                                .taskId()));
            }
            List<String> taskIds = new ArrayList<>();
            for (Future<String> f : created) {
                taskIds.add(f.get());
            }
            creators.shutdown();

            nodes.forEach(Engine::start);
            await().atMost(Duration.ofMinutes(8))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> completions.size() == DEPLOYMENTS);

            assertThat(completions.keySet()).containsExactlyInAnyOrderElementsOf(taskIds);
            assertThat(completions.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
            assertThat(nodesUsed).containsExactlyInAnyOrder("node-1", "node-2", "node-3");
            Map<String, Object> outcome =
                    nodes.get(0)
                            .database()
                            .withHandle(
                                    h ->
                                            h.createQuery(
                                                            "SELECT (SELECT COUNT(*) FROM"
                                                                    + " server_tasks WHERE name ="
                                                                    + " 'Deploy' AND state ="
                                                                    + " 'Success') AS succeeded,"
                                                                    + " (SELECT COUNT(*) FROM (SELECT"
                                                                    + " task_id FROM task_log_lines"
                                                                    + " WHERE message_text LIKE"
                                                                    + " 'Deploying Noop %' GROUP BY"
                                                                    + " task_id HAVING COUNT(*) = 1)"
                                                                    + " once) AS started_once")
                                                    .mapToMap()
                                                    .one());
            // every deployment succeeded, and each handler started from scratch exactly once
            assertThat(((Number) outcome.get("succeeded")).intValue()).isEqualTo(DEPLOYMENTS);
            assertThat(((Number) outcome.get("started_once")).intValue()).isEqualTo(DEPLOYMENTS);
        } finally {
            nodes.forEach(Engine::close);
        }
    }
}
