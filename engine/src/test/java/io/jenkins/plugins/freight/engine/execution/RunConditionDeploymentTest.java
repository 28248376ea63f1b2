package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.process.ActionCondition;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Run conditions with variable expressions, end to end from the stored process: the step's {@code
 * Octopus.Step.ConditionVariableExpression} and an action's (child step's) {@code
 * Octopus.Action.ConditionVariableExpression}, with project variables, environment-scoped values
 * and output variables of earlier steps.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunConditionDeploymentTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    private static DeploymentAction script(String name, String body) {
        return DeploymentAction.of(
                name,
                "Octopus.Script",
                Map.of(
                        "Octopus.Action.Script.ScriptBody",
                        body,
                        "Octopus.Action.Script.Syntax",
                        "Bash",
                        DeploymentAction.RUN_ON_SERVER,
                        "true"));
    }

    private static DeploymentStep onVariable(DeploymentStep step, String expression) {
        return step.withCondition(StepCondition.VARIABLE)
                .withProperties(Map.of(DeploymentStep.CONDITION_EXPRESSION, expression));
    }

    private static DeploymentAction onVariable(DeploymentAction action, String expression) {
        Map<String, String> props = new java.util.HashMap<>(action.properties());
        props.put("Octopus.Action.ConditionVariableExpression", expression);
        return action.withProperties(props).withCondition(ActionCondition.VARIABLE);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stepAndActionConditionsDecideWhatRuns(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Project project = seed.project("Conditions");
        seed.variables(
                project, Variable.of("RunSmokeTests", "False"), Variable.of("Notify", "True"));
        DeploymentAction stale = script("Stale", "echo stale-ran");
        Map<String, String> staleProps = new java.util.HashMap<>(stale.properties());
        // an expression left behind on an action whose condition is Success does not apply
        staleProps.put("Octopus.Action.ConditionVariableExpression", "False");
        seed.process(
                project,
                DeploymentStep.of(script("Probe", "set_octopusvariable Healthy True")),
                onVariable(
                        DeploymentStep.of(script("Smoke", "echo smoke-ran")), "#{RunSmokeTests}"),
                onVariable(
                        DeploymentStep.of(script("Prod only", "echo prod-ran")),
                        "#{if Octopus.Environment.Name == \"Prod\"}True#{/if}"),
                onVariable(
                        DeploymentStep.of(script("After probe", "echo after-probe-ran")),
                        "#{Octopus.Action[Probe].Output.Healthy}"),
                DeploymentStep.of(script("Parent", "echo parent-ran"))
                        .withActions(
                                List.of(
                                        script("Parent", "echo parent-ran"),
                                        onVariable(
                                                script("Child skipped", "echo child-skipped-ran"),
                                                "#{RunSmokeTests}"),
                                        onVariable(
                                                script("Child runs", "echo child-runs-ran"),
                                                "#{unless RunSmokeTests}#{Notify}#{/unless}"),
                                        stale.withProperties(staleProps))));

        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.test());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("after-probe-ran", "parent-ran", "child-runs-ran", "stale-ran")
                .doesNotContain("smoke-ran")
                .doesNotContain("prod-ran")
                .doesNotContain("child-skipped-ran")
                .contains("Skipping action Child skipped on")
                .contains("its run condition is false");
    }
}
