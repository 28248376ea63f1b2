package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.step.EmailStep;
import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.step.StepRegistry;
import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TargetLocks;
import io.jenkins.plugins.freight.engine.task.TaskContext;
import io.jenkins.plugins.freight.engine.task.TaskHandler;
import io.jenkins.plugins.freight.engine.task.TaskOutcome;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.template.Template;
import io.jenkins.plugins.freight.engine.variable.SecretMasker;
import io.jenkins.plugins.freight.engine.worker.WorkerPoolService;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs {@code Deploy} server tasks: loads the deployment (release, frozen process and variables,
 * environment, targets), builds the {@link ExecutionPlan} and the {@link ExecutionPorts} over the
 * task (activity log, checkpoints, interruptions, cancellation), runs it with the {@link
 * DeploymentRunner} and maps how the run ended onto the task: Success, Failed with the failing
 * step's error, waiting for a person without holding a slot, or Canceled. Every sensitive value of
 * the deployment is masked in every log line.
 *
 * <p>Files: actions that run on the server work under {@code <dataDir>/server-target}; each run has
 * a scratch directory {@code <dataDir>/scratch/<taskId>}, removed when the run ends.
 */
public final class DeployTaskHandler implements TaskHandler {

    private final DeployServices services;
    private final DeploymentLoader loader;
    private final StepRegistry steps;
    private final PlanBuilder planBuilder;
    private final TargetLocks locks;
    private final Path dataDir;
    private final String nodeName;
    private final boolean runOnServer;
    private final WorkerLoader workers;

    /**
     * @param dataDir the engine's data directory (server-side work and scratch directories)
     * @param nodeName this node's name: the name of the server target in logs
     * @param runOnServer whether actions may run on the engine's own host (the built-in worker)
     * @param workerPools the worker pools server actions run on
     * @param workers the pools' workers
     */
    public DeployTaskHandler(
            DeployServices services,
            StepRegistry steps,
            SshConnector ssh,
            TargetLocks locks,
            Path dataDir,
            String nodeName,
            boolean runOnServer,
            WorkerPoolService workerPools,
            WorkerService workers) {
        this.services = services;
        this.loader = new DeploymentLoader(services);
        this.steps = steps;
        this.planBuilder = new PlanBuilder(ssh);
        this.locks = locks;
        this.dataDir = dataDir;
        this.nodeName = nodeName;
        this.runOnServer = runOnServer;
        this.workers =
                new WorkerLoader(services.database(), workerPools, workers, services.accounts());
    }

    @Override
    public String name() {
        return DeploymentService.DEPLOY_TASK;
    }

    @Override
    public TaskOutcome execute(TaskContext context) throws Exception {
        LoadedDeployment d = loader.load(context.task());
        DeploymentVariables variables = new DeploymentVariables(d, SystemVariables.of(d));
        PlanBuilder.Plan built =
                planBuilder.build(d, variables, runOnServer, workers.load(d, variables::value));
        ExecutionPlan plan = built.plan();
        context.log().useMasker(SecretMasker.of(plan.sensitiveValues())::mask);
        TaskPort task = new TaskPort(context, related(d), this::response);
        TaskLog log = task.openLog();
        if (context.checkpoint().isEmpty()) {
            introduce(log, d, built.notes());
        }
        Path scratch = dataDir.resolve("scratch").resolve(context.taskId());
        ExecutionPorts ports = ports(d, variables, log, task, scratch);
        try {
            return outcome(new DeploymentRunner().run(plan, ports));
        } finally {
            plan.targets().forEach(b -> b.target().close());
            plan.serverWorkers().close();
            ports.localHost().ifPresent(Target::close);
            delete(scratch);
        }
    }

    private ExecutionPorts ports(
            LoadedDeployment d,
            DeploymentVariables variables,
            TaskLog log,
            TaskPort task,
            Path scratch) {
        // Always present: manual intervention, e-mail and health checks run on the engine even when
        // user scripts may not (the plan's runOnServer switch decides that).
        Optional<Target> localHost =
                Optional.of(new LocalHostTarget(nodeName, dataDir.resolve("server-target")));
        return new ExecutionPorts(
                steps,
                log,
                task,
                DeployTaskHandler::render,
                new FeedPackages(
                        services.database(),
                        services.feed(),
                        d.deployment().spaceId(),
                        scratch.resolve("packages")),
                team ->
                        services.teams()
                                .memberEmailAddresses(
                                        Caller.system(), d.deployment().spaceId(), team),
                smtp(d, variables),
                locks,
                localHost,
                scratch.resolve("actions"));
    }

    /** After cancellation was requested, any outcome ends the task Canceled. */
    private static TaskOutcome outcome(RunResult result) {
        return switch (result.status()) {
            case SUCCEEDED -> TaskOutcome.success();
            case WAITING -> TaskOutcome.waitForInterruption();
            case CANCELED, FAILED -> TaskOutcome.failed(result.message());
        };
    }

    private static void introduce(TaskLog log, LoadedDeployment d, List<String> notes) {
        ExecutionLog.Block root = log.root();
        root.line(
                OutputCategory.INFO,
                "Deploying "
                        + d.project().name()
                        + " release "
                        + d.release().version()
                        + " to "
                        + d.environment().name()
                        + d.tenant().map(t -> " for " + t.name()).orElse("")
                        + ".");
        if (!d.machines().isEmpty()) {
            root.line(
                    OutputCategory.VERBOSE,
                    "Deployment targets: "
                            + String.join(
                                    ", ",
                                    d.machines().stream().map(m -> m.machine().name()).toList())
                            + ".");
        }
        for (String note : notes) {
            root.line(OutputCategory.INFO, note);
        }
    }

    /**
     * The server's SMTP configuration with the deployment's {@code Freight.Smtp.*} overrides; a
     * deployment with an e-mail step and unusable settings fails before any step runs, one without
     * reads no SMTP settings at all.
     */
    private Optional<SmtpSettings> smtp(LoadedDeployment d, DeploymentVariables variables) {
        boolean sendsMail =
                d.process().actions().stream()
                        .anyMatch(a -> EmailStep.ACTION_TYPE.equals(a.actionType()));
        if (!sendsMail) {
            return Optional.empty();
        }
        return SmtpVariables.from(variables::value, services.smtp().settings());
    }

    private static String render(String template, Map<String, String> variables) {
        try {
            return Template.render(template, variables).text();
        } catch (InvalidInputException e) {
            return template; // a variable that refers to itself stays as written
        }
    }

    private static List<String> related(LoadedDeployment d) {
        List<String> ids = new ArrayList<>();
        ids.add(d.deployment().id());
        ids.add(d.project().id());
        ids.add(d.environment().id());
        d.tenant().ifPresent(t -> ids.add(t.id()));
        return ids;
    }

    private InterventionResponse response(Interruption answered) {
        String userId =
                answered.submittedByUserId() != null
                        ? answered.submittedByUserId()
                        : answered.responsibleUserId();
        Optional<User> user = userId == null ? Optional.empty() : loader.findUser(userId);
        String fallbackName =
                Caller.system().userId().equals(userId) ? Caller.system().username() : userId;
        return new InterventionResponse(
                answered.result().orElse(""),
                answered.notes().orElse(""),
                userId,
                user.map(User::username).orElse(fallbackName),
                user.map(User::displayName).orElse(null),
                user.map(User::emailAddress).orElse(null));
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the next run of this task uses the same directory and cleans it
        }
    }
}
