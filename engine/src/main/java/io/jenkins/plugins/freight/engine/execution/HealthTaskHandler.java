package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.AccountCredentials;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.Endpoint;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineFilter;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshTarget;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskContext;
import io.jenkins.plugins.freight.engine.task.TaskHandler;
import io.jenkins.plugins.freight.engine.task.TaskMachines;
import io.jenkins.plugins.freight.engine.task.TaskOutcome;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.task.log.LogBlock;
import io.jenkins.plugins.freight.engine.variable.SecretMasker;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.engine.worker.WorkerFilter;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Runs {@code Health} tasks (see {@link HealthChecks}): connects to each target (and, when the task
 * names neither an environment nor targets, each enabled worker of the space) over SSH with the
 * target's pinned host key and account, runs {@code uname}, and records Healthy with the operating
 * system, architecture and shell, or Unavailable with the reason. One log block per machine; the
 * targets are recorded as the task's machines ({@code machines/{id}/tasks}).
 *
 * <p>Machines are checked one after another, each bounded by {@link #TIMEOUT} for connecting and
 * logging in and again for the command. The task succeeds when every machine is healthy and fails,
 * naming the unavailable ones, otherwise (a deployment's later steps then see them Unavailable).
 */
public final class HealthTaskHandler implements TaskHandler {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String COMMAND =
            "printf '%s\\n' \"$(uname -s)\" \"$(uname -m)\" \"${BASH_VERSION:-}\"";

    private final Database database;
    private final MachineService machines;
    private final WorkerService workers;
    private final AccountService accounts;
    private final SshConnector connector;
    private final Clock clock;

    public HealthTaskHandler(
            Database database,
            MachineService machines,
            WorkerService workers,
            AccountService accounts,
            SshConnector connector,
            Clock clock) {
        this.database = database;
        this.machines = machines;
        this.workers = workers;
        this.accounts = accounts;
        this.connector = connector;
        this.clock = clock;
    }

    @Override
    public String name() {
        return HealthChecks.TASK;
    }

    /** One machine to check: its SSH settings, or why it cannot be reached. */
    private record Probe(
            String id, String name, boolean worker, SshTargetSettings settings, String problem) {}

    @Override
    public TaskOutcome execute(TaskContext context) throws Exception {
        Set<String> secrets = new HashSet<>();
        List<Probe> probes = probes(context.task(), secrets);
        context.log().useMasker(SecretMasker.of(secrets)::mask);
        LogBlock root = context.log().root();
        if (probes.isEmpty()) {
            root.info("There are no deployment targets or workers to check.");
            return TaskOutcome.success();
        }
        List<String> unavailable = new ArrayList<>();
        int done = 0;
        for (Probe probe : probes) {
            if (context.isCancellationRequested()) {
                return TaskOutcome.failed("The health check was canceled.");
            }
            context.progress(done * 100 / probes.size(), "Checking " + probe.name());
            if (!check(context.spaceId(), probe, root.child("Check " + probe.name()).start())) {
                unavailable.add(probe.name());
            }
            done++;
        }
        context.progress(100, "Checked " + probes.size() + " machines");
        if (unavailable.isEmpty()) {
            root.info("All " + probes.size() + " machines are healthy.");
            return TaskOutcome.success();
        }
        return TaskOutcome.failed(
                unavailable.size()
                        + " of "
                        + probes.size()
                        + " machines are unavailable: "
                        + String.join(", ", unavailable)
                        + ".");
    }

    /** Checks one machine, records what it found and says whether it is healthy. */
    private boolean check(String spaceId, Probe probe, LogBlock block) {
        String kind = probe.worker() ? "worker" : "deployment target";
        block.info("Checking " + kind + " " + probe.name() + ".");
        MachineHealth health;
        if (probe.problem() != null) {
            health = unavailable(probe.problem());
        } else {
            health = connectAndRunUname(probe.settings());
        }
        try {
            database.useTransaction(
                    h -> {
                        if (probe.worker()) {
                            workers.recordHealth(h, spaceId, probe.id(), health);
                        } else {
                            machines.recordHealth(h, spaceId, probe.id(), health);
                        }
                    });
        } catch (NotFoundException e) {
            block.warn("The " + kind + " was deleted during the check; nothing was recorded.");
        }
        if (health.status() == HealthStatus.HEALTHY) {
            block.info(health.statusSummary());
            block.finish(ActivityStatus.Success);
            return true;
        }
        block.error(health.statusSummary());
        block.finish(ActivityStatus.Failed);
        return false;
    }

    /** Healthy with what {@link #COMMAND} printed, or Unavailable with why it could not run. */
    private MachineHealth connectAndRunUname(SshTargetSettings settings) {
        try (SshTarget target = connector.connect(settings)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            var command = target.exec(COMMAND, out, err);
            OptionalInt status;
            try {
                status = command.await(TIMEOUT);
            } finally {
                command.drain(Duration.ofSeconds(1)); // the output that came with the exit status
            }
            if (status.isEmpty()) {
                return unavailable(
                        settings.name()
                                + " did not answer a command within "
                                + TIMEOUT.toSeconds()
                                + " seconds.");
            }
            if (status.getAsInt() != 0) {
                return unavailable(
                        "uname on "
                                + settings.name()
                                + " exited with "
                                + status.getAsInt()
                                + ": "
                                + err.toString(StandardCharsets.UTF_8).strip());
            }
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
            String os = line(lines, 0);
            String architecture = line(lines, 1);
            String bash = line(lines, 2);
            return new MachineHealth(
                    HealthStatus.HEALTHY,
                    settings.name()
                            + " is healthy: "
                            + (os == null ? "unknown system" : os)
                            + (architecture == null ? "" : " " + architecture)
                            + (bash == null ? "" : ", Bash " + bash)
                            + ".",
                    os,
                    bash == null ? "sh" : "Bash",
                    bash,
                    architecture,
                    clock.instant());
        } catch (FreightException e) {
            return unavailable(e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return unavailable(
                    "Could not run a command on "
                            + settings.name()
                            + ": "
                            + (e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("The check of " + settings.name() + " was interrupted.");
        }
    }

    /**
     * The machines the task names: its {@code MachineIds} (disabled ones too), else the enabled
     * targets of its {@code EnvironmentId}, else every enabled target and worker of the space.
     * Records the targets as the task's machines.
     */
    private List<Probe> probes(ServerTask task, Set<String> secrets) {
        String spaceId = task.spaceId();
        Optional<String> environmentId = task.stringArgument(HealthChecks.ENVIRONMENT_ID);
        List<String> machineIds = new ArrayList<>();
        if (task.arguments().get(HealthChecks.MACHINE_IDS) instanceof List<?> ids) {
            ids.forEach(id -> machineIds.add(String.valueOf(id)));
        }
        MachineFilter filter =
                new MachineFilter(
                        environmentId.map(List::of).orElse(List.of()),
                        List.of(),
                        List.of(),
                        machineIds.isEmpty() ? Boolean.FALSE : null);
        ListQuery query =
                machineIds.isEmpty() ? ListQuery.all() : ListQuery.all().withIds(machineIds);
        List<Machine> targets = machines.list(Caller.system(), spaceId, query, filter).items();
        List<Worker> pooled =
                environmentId.isEmpty() && machineIds.isEmpty()
                        ? workers.list(
                                        Caller.system(),
                                        spaceId,
                                        ListQuery.all(),
                                        new WorkerFilter(
                                                List.of(), Boolean.FALSE, List.of(), List.of()))
                                .items()
                        : List.of();
        return database.inTransaction(
                h -> {
                    TaskMachines.record(h, task.id(), targets.stream().map(Machine::id).toList());
                    List<Probe> out = new ArrayList<>();
                    for (Machine m : targets) {
                        out.add(probe(h, spaceId, m.id(), m.name(), false, m.endpoint(), secrets));
                    }
                    for (Worker w : pooled) {
                        out.add(probe(h, spaceId, w.id(), w.name(), true, w.endpoint(), secrets));
                    }
                    return out;
                });
    }

    private Probe probe(
            Handle h,
            String spaceId,
            String id,
            String name,
            boolean worker,
            Endpoint endpoint,
            Set<String> secrets) {
        String kind = worker ? "Worker " : "Deployment target ";
        if (!(endpoint instanceof SshEndpoint ssh)) {
            return new Probe(id, name, worker, null, kind + name + " has no SSH endpoint.");
        }
        if (ssh.accountId() == null || ssh.accountId().isBlank()) {
            return new Probe(
                    id, name, worker, null, kind + name + " has no account to log in with.");
        }
        AccountCredentials credentials;
        try {
            credentials = accounts.credentials(h, spaceId, ssh.accountId());
        } catch (FreightException e) {
            return new Probe(
                    id,
                    name,
                    worker,
                    null,
                    "The account of "
                            + kind.toLowerCase(java.util.Locale.ROOT)
                            + name
                            + " could not be read: "
                            + e.getMessage());
        }
        PlanBuilder.addSecret(secrets, credentials.password());
        PlanBuilder.addSecret(secrets, credentials.passphrase());
        PlanBuilder.addSecret(secrets, credentials.privateKey());
        SshTargetSettings settings =
                new SshTargetSettings(
                        id,
                        name,
                        ssh.host(),
                        ssh.port(),
                        ssh.fingerprint(),
                        PlanBuilder.credentials(credentials),
                        Optional.empty(),
                        TIMEOUT);
        return new Probe(id, name, worker, settings, null);
    }

    private static String line(String[] lines, int index) {
        if (index >= lines.length) {
            return null;
        }
        String value = lines[index].strip();
        return value.isEmpty() ? null : value;
    }

    private MachineHealth unavailable(String reason) {
        return new MachineHealth(
                HealthStatus.UNAVAILABLE, reason, null, null, null, null, clock.instant());
    }
}
