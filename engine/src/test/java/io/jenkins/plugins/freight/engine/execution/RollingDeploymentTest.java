package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshCredentials;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling steps ({@code Octopus.Action.MaxParallelism}) on three local targets and two SSH targets
 * (a real SSH server on loopback): the window bounds how many targets run at once, child actions
 * run in order on one target before the next starts, and without a window every target runs at
 * once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RollingDeploymentTest {

    @TempDir static Path dir;
    private static TestSshServer ssh;
    private static SshConnector connector;

    private final InMemoryPorts memory = new InMemoryPorts();

    @BeforeAll
    static void startSsh() throws Exception {
        ssh = TestSshServer.start(dir, null);
        connector = new SshConnector().start();
    }

    @AfterAll
    static void stopSsh() throws Exception {
        connector.close();
        ssh.close();
    }

    private List<TargetBinding> targets() {
        List<TargetBinding> out = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            out.add(
                    new TargetBinding(
                            new LocalHostTarget(
                                    "Machines-" + i, "local-0" + i, dir.resolve("l" + i)),
                            Set.of("web")));
        }
        for (int i = 4; i <= 5; i++) {
            out.add(
                    new TargetBinding(
                            connector.connect(
                                    SshTargetSettings.of(
                                                    "Machines-" + i,
                                                    "ssh-0" + i,
                                                    "127.0.0.1",
                                                    ssh.fingerprint(),
                                                    new SshCredentials.Password(
                                                            TestSshServer.USER,
                                                            TestSshServer.PASSWORD))
                                            .withPort(ssh.port())
                                            .withRootDirectory(dir.resolve("s" + i).toString())),
                            Set.of("web")));
        }
        return out;
    }

    private RunResult run(List<PlannedStep> steps, Map<String, String> variables)
            throws InterruptedException {
        List<TargetBinding> targets = targets();
        try {
            ExecutionPlan plan =
                    new ExecutionPlan(
                            "Deployments-1",
                            "Environments-1",
                            "Channels-1",
                            steps,
                            targets,
                            variables,
                            Set.of(),
                            Set.of(),
                            false,
                            true);
            Target server = new LocalHostTarget("engine", dir.resolve("engine"));
            return new DeploymentRunner()
                    .run(
                            plan,
                            memory.ports(
                                    dir.resolve("scratch"), Optional.of(server), Optional.empty()));
        } finally {
            targets.forEach(b -> b.target().close());
        }
    }

    private static PlannedAction script(String name, String body) {
        return PlannedAction.of(
                name, "Octopus.Script", Map.of("Octopus.Action.Script.ScriptBody", body));
    }

    /** Appends start and end lines around a pause to a file on this machine. */
    private static PlannedAction journaled(String name, Path journal, String extra) {
        return script(
                name,
                "echo \"start "
                        + name
                        + " #{Octopus.Machine.Name}\" >> '"
                        + journal
                        + "'; sleep 1; "
                        + extra
                        + "echo \"end "
                        + name
                        + " #{Octopus.Machine.Name}\" >> '"
                        + journal
                        + "'");
    }

    /** The most targets that were between their start and end line at the same time. */
    private static int maxConcurrency(List<String> lines) {
        Set<String> running = new HashSet<>();
        int max = 0;
        for (String line : lines) {
            String who = line.substring(line.indexOf(' ') + 1);
            if (line.startsWith("start ")) {
                running.add(who);
                max = Math.max(max, running.size());
            } else {
                running.remove(who);
            }
        }
        return max;
    }

    @Test
    void aWindowOfTwoRunsAtMostTwoTargetsAtATimeAndAllOfThem() throws Exception {
        Path journal = Files.createTempFile(dir, "journal", ".txt");
        PlannedStep step =
                PlannedStep.of(journaled("Deploy", journal, ""), "web").withMaxParallelism("2");

        RunResult result = run(List.of(step), Map.of());

        assertThat(result.status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(10);
        assertThat(maxConcurrency(lines)).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.startsWith("end")).map(l -> l.substring(11)))
                .containsExactlyInAnyOrder("local-01", "local-02", "local-03", "ssh-04", "ssh-05");
        assertThat(memory.log()).contains("Rolling deployment: at most 2 of 5 targets at a time.");
    }

    @Test
    void childActionsRunInOrderOnOneTargetBeforeTheNextWithAWindowFromAVariable() throws Exception {
        Path journal = Files.createTempFile(dir, "journal", ".txt");
        PlannedStep step =
                new PlannedStep(
                        "Rolling",
                        RunCondition.SUCCESS,
                        "",
                        false,
                        List.of("web"),
                        List.of(
                                journaled("Remove", journal, ""),
                                journaled("Upgrade", journal, "")),
                        "#{WindowSize}");

        RunResult result = run(List.of(step), Map.of("WindowSize", "1"));

        assertThat(result.status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        List<String> expected = new ArrayList<>();
        for (String t : List.of("local-01", "local-02", "local-03", "ssh-04", "ssh-05")) {
            for (String a : List.of("Remove", "Upgrade")) {
                expected.add("start " + a + " " + t);
                expected.add("end " + a + " " + t);
            }
        }
        assertThat(Files.readAllLines(journal)).containsExactlyElementsOf(expected);
    }

    @Test
    void aFailingTargetStopsTheRollBeforeTheNextTargetsStart() throws Exception {
        Path journal = Files.createTempFile(dir, "journal", ".txt");
        PlannedAction deploy =
                journaled(
                        "Deploy",
                        journal,
                        "[ \"#{Octopus.Machine.Name}\" = local-02 ] && fail_step \"disk full\"; ");
        PlannedStep step = PlannedStep.of(deploy, "web").withMaxParallelism("1");

        RunResult result = run(List.of(step), Map.of());

        assertThat(result.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(result.message()).contains("local-02").contains("disk full");
        assertThat(Files.readAllLines(journal))
                .containsExactly(
                        "start Deploy local-01", "end Deploy local-01", "start Deploy local-02");
    }

    @Test
    void withoutAWindowEveryTargetRunsAtOnce() throws Exception {
        Path gate = Files.createDirectories(dir.resolve("gate"));
        // each target waits until all five have started: only possible when all run at once
        String body =
                "touch '"
                        + gate
                        + "/#{Octopus.Machine.Name}'; for i in $(seq 100); do [ $(ls '"
                        + gate
                        + "' | wc -l) -ge 5 ] && exit 0; sleep 0.1; done; exit 1";
        RunResult result = run(List.of(PlannedStep.of(script("Deploy", body), "web")), Map.of());
        assertThat(result.status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
    }

    @Test
    void aWindowThatIsNotANumberFailsTheStepClearly() throws Exception {
        PlannedStep step =
                PlannedStep.of(script("Deploy", "echo never"), "web")
                        .withMaxParallelism("#{WindowSize}");
        RunResult result = run(List.of(step), Map.of("WindowSize", "zero"));
        assertThat(result.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(result.message())
                .isEqualTo(
                        "Step Deploy: Octopus.Action.MaxParallelism must be a whole number of at"
                                + " least 1, not 'zero'.");
        assertThat(memory.log()).doesNotContain("never");
    }
}
