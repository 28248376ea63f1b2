package io.jenkins.plugins.freight.server;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskContext;
import io.jenkins.plugins.freight.engine.task.TaskHandler;
import io.jenkins.plugins.freight.engine.task.TaskOutcome;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRequest;
import io.jenkins.plugins.freight.engine.task.log.LogBlock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Real task handlers for API tests: they run in the engine's executor like any other. */
final class TestHandlers {

    /** Holds {@code Test.Gate} tasks until released. */
    static final CountDownLatch GATE = new CountDownLatch(1);

    private TestHandlers() {}

    static void register(Engine engine) {
        engine.tasks().register(handler("Test.Echo", TestHandlers::echo));
        engine.tasks().register(handler("Test.Gate", TestHandlers::gate));
        engine.tasks().register(handler("Test.UntilCanceled", TestHandlers::untilCanceled));
        engine.tasks().register(handler("Test.Approval", TestHandlers::approval));
    }

    static ServerTask enqueue(Engine engine, String name, String spaceId) {
        return engine.tasks()
                .enqueue(
                        Caller.system(),
                        TaskRequest.of(spaceId, name, name + " for a test")
                                .withArguments(Map.of("DeploymentId", "Deployments-0")));
    }

    interface Body {
        TaskOutcome run(TaskContext context) throws Exception;
    }

    private static TaskHandler handler(String name, Body body) {
        return new TaskHandler() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TaskOutcome execute(TaskContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    private static TaskOutcome echo(TaskContext context) {
        LogBlock step = context.log().root().child("Step 1: Echo").start();
        step.info("Hello from the echo step");
        step.warn("A warning worth seeing");
        step.finish(io.jenkins.plugins.freight.engine.task.log.ActivityStatus.Success);
        return TaskOutcome.success();
    }

    private static TaskOutcome gate(TaskContext context) throws InterruptedException {
        context.log().root().info("waiting at the gate");
        GATE.await(30, TimeUnit.SECONDS);
        return TaskOutcome.success();
    }

    private static TaskOutcome untilCanceled(TaskContext context) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!context.isCancellationRequested() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return TaskOutcome.success();
    }

    private static TaskOutcome approval(TaskContext context) {
        if (context.checkpoint().isEmpty()) {
            Interruption asked =
                    context.createInterruption(
                            InterruptionRequest.manualIntervention(
                                    "Approve the test",
                                    "Check the test and approve",
                                    List.of(),
                                    List.of(context.taskId())));
            context.saveCheckpoint(asked.id());
            return TaskOutcome.waitForInterruption();
        }
        Interruption answered = context.interruption(context.checkpoint().get()).orElseThrow();
        String result = answered.result().orElse("");
        context.log().root().info("The answer was " + result);
        return "Proceed".equals(result)
                ? TaskOutcome.success()
                : TaskOutcome.failed("The approval was refused");
    }
}
