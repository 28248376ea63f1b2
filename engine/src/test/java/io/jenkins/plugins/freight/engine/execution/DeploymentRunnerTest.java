package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import io.jenkins.plugins.freight.engine.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeploymentRunnerTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;
    private final InMemoryPorts memory = new InMemoryPorts();
    private Target web1;
    private Target web2;
    private Target server;

    @BeforeEach
    void setUp() {
        web1 = new LocalHostTarget("Machines-1", "web-01", dir.resolve("web-01"));
        web2 = new LocalHostTarget("Machines-2", "web-02", dir.resolve("web-02"));
        server = new LocalHostTarget("engine", dir.resolve("engine"));
    }

    private static PlannedAction script(String name, String body) {
        return PlannedAction.of(
                name, "Octopus.Script", Map.of("Octopus.Action.Script.ScriptBody", body));
    }

    private ExecutionPlan plan(String environment, List<PlannedStep> steps, boolean guided) {
        return new ExecutionPlan(
                "Deployments-1",
                environment,
                "Channels-1",
                steps,
                List.of(
                        new TargetBinding(web1, Set.of("web")),
                        new TargetBinding(web2, Set.of("web", "db"))),
                Map.of(
                        "Octopus.Environment.Name",
                        environment.equals("Environments-1") ? "Dev" : "Test",
                        "DbPassword",
                        "hunter2-secret"),
                Set.of("hunter2-secret"),
                Set.of(),
                guided,
                true);
    }

    private RunResult run(ExecutionPlan plan) throws InterruptedException {
        SmtpSettings smtp =
                new SmtpSettings(
                        "127.0.0.1",
                        mail.getSmtp().getPort(),
                        false,
                        false,
                        "freight@example.org",
                        "",
                        "",
                        Duration.ofSeconds(10));
        return new DeploymentRunner()
                .run(
                        plan,
                        memory.ports(
                                dir.resolve("scratch"), Optional.of(server), Optional.of(smtp)));
    }

    private List<PlannedStep> randomQuotes() {
        PlannedAction deploy =
                script(
                        "Deploy web app",
                        "echo \"deploying on #{Octopus.Machine.Name}\"; set_octopusvariable Url \"http://#{Octopus.Machine.Name}:8082\"");
        PlannedAction signOff =
                PlannedAction.of(
                                "Deployment Sign Off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Open the application and confirm it meets all the requirements."))
                        .withEnvironments(List.of(), List.of("Environments-1"));
        PlannedAction email =
                PlannedAction.of(
                        "Random quotes deployment status",
                        "Octopus.Email",
                        Map.of(
                                "Octopus.Action.Email.To", "team@example.org",
                                "Octopus.Action.Email.Subject", "Random quotes deployment status",
                                "Octopus.Action.Email.Body",
                                        "Deployment to #{Octopus.Environment.Name}: deploy #{Octopus.Step[Deploy web app].Status.Code}, sign-off #{Octopus.Step[Deployment Sign Off].Status.Code}"));
        return List.of(
                PlannedStep.of(deploy, "web"),
                PlannedStep.of(signOff),
                PlannedStep.of(email).withCondition(RunCondition.ALWAYS, ""));
    }

    @Test
    void randomQuotesWaitsForSignOffInTestThenSendsTheStatusMail() throws Exception {
        ExecutionPlan plan = plan("Environments-2", randomQuotes(), false);
        RunResult first = run(plan);
        assertThat(first.status()).as(memory.log()).isEqualTo(RunResult.Status.WAITING);
        assertThat(memory.interruptions.values())
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo("ManualIntervention"));
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(memory.log()).contains("INFO deploying on web-01", "INFO deploying on web-02");

        assertThat(run(plan).status()).isEqualTo(RunResult.Status.WAITING);
        memory.submit("Proceed");
        RunResult second = run(plan);
        assertThat(second.status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log().split("deploying on web-01", -1)).hasSize(2);
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0]).trim())
                .isEqualTo("Deployment to Test: deploy Succeeded, sign-off Succeeded");
    }

    @Test
    void signOffIsSkippedInDev() throws Exception {
        RunResult result = run(plan("Environments-1", randomQuotes(), false));
        assertThat(result.status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.interruptions).isEmpty();
        assertThat(memory.log())
                .contains(
                        "Skipping action Deployment Sign Off: it is skipped in this environment.");
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0]).trim())
                .isEqualTo("Deployment to Dev: deploy Succeeded, sign-off Skipped");
    }

    @Test
    void failureSkipsSuccessStepsAndRunsFailureAndAlwaysStepsWithTheError() throws Exception {
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(script("Migrate", "fail_step 'schema is locked'"), "db"),
                        PlannedStep.of(script("Deploy", "echo should not run"), "web"),
                        PlannedStep.of(
                                        script(
                                                "Rollback",
                                                "echo \"rolling back after: #{Octopus.Deployment.Error}\""),
                                        "web")
                                .withCondition(RunCondition.FAILURE, ""),
                        PlannedStep.of(
                                        script(
                                                "Notify",
                                                "echo \"migrate was #{Octopus.Step[Migrate].Status.Code}\""),
                                        "db")
                                .withCondition(RunCondition.ALWAYS, ""));
        RunResult result = run(plan("Environments-2", steps, false));
        assertThat(result.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(result.message())
                .isEqualTo("The step Migrate failed on web-02: schema is locked");
        assertThat(memory.log())
                .doesNotContain("should not run")
                .contains("rolling back after: The step Migrate failed on web-02: schema is locked")
                .contains("migrate was Failed");
    }

    @Test
    void variableConditionAndOutputVariablesFlowToLaterSteps() throws Exception {
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(
                                script(
                                        "Probe",
                                        "set_octopusvariable Ready True; set_octopusvariable Later False"),
                                "db"),
                        PlannedStep.of(
                                        script(
                                                "Use",
                                                "echo \"ready=#{Octopus.Action[Probe].Output.Ready} on #{Octopus.Action[Probe].Output[web-02].Ready}\""),
                                        "db")
                                .withCondition(
                                        RunCondition.VARIABLE,
                                        "#{Octopus.Action[Probe].Output.Ready}"),
                        PlannedStep.of(script("Never", "echo never"), "db")
                                .withCondition(
                                        RunCondition.VARIABLE,
                                        "#{Octopus.Action[Probe].Output.Later}"));
        assertThat(run(plan("Environments-2", steps, false)).status())
                .isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log()).contains("ready=True on True").doesNotContain("INFO never");
    }

    @Test
    void actionConditionsAreEvaluatedPerTargetAndStepConditionsOnceWithTheRealTemplates()
            throws Exception {
        PlannedAction first = script("A", "echo \"A ran on #{Octopus.Machine.Name}\"");
        PlannedAction second =
                script("B", "echo \"B ran on #{Octopus.Machine.Name}\"")
                        .withConditionExpression(
                                "#{if Octopus.Machine.Name == \"web-02\"}True#{/if}");
        List<PlannedStep> steps =
                List.of(
                        new PlannedStep(
                                "Children",
                                RunCondition.SUCCESS,
                                "",
                                false,
                                List.of("web"),
                                List.of(first, second)),
                        PlannedStep.of(script("Prod only", "echo prod-only"), "web")
                                .withCondition(
                                        RunCondition.VARIABLE,
                                        "#{if Octopus.Environment.Name == \"Prod\"}yes#{/if}"),
                        PlannedStep.of(script("Not in Dev", "echo not-in-dev"), "web")
                                .withCondition(
                                        RunCondition.VARIABLE,
                                        "#{unless Octopus.Environment.Name == \"Dev\"}yes#{/unless}"));

        assertThat(run(plan("Environments-2", steps, false)).status())
                .as(memory.log())
                .isEqualTo(RunResult.Status.SUCCEEDED);

        assertThat(memory.log())
                .contains("A ran on web-01", "A ran on web-02", "B ran on web-02")
                .doesNotContain("B ran on web-01")
                .contains("Skipping action B on web-01: its run condition is false.")
                .doesNotContain("INFO prod-only")
                .contains("Skipping this step: its run condition is false.")
                .contains("not-in-dev");
    }

    @Test
    void retriesWithBackoffThenSucceed() throws Exception {
        Path marker = dir.resolve("marker");
        PlannedAction flaky =
                PlannedAction.of(
                        "Flaky",
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody",
                                        "if [ -f '"
                                                + marker
                                                + "' ]; then echo recovered; else touch '"
                                                + marker
                                                + "'; exit 1; fi",
                                "Octopus.Action.AutoRetry.MaximumCount", "2",
                                "Octopus.Action.AutoRetry.MinimumBackoff", "0"));
        assertThat(
                        run(plan("Environments-2", List.of(PlannedStep.of(flaky, "db")), false))
                                .status())
                .isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log()).contains("Attempt 1 failed", "recovered");
    }

    @Test
    void stepTimeoutFailsTheStep() throws Exception {
        PlannedAction slow =
                PlannedAction.of(
                        "Slow",
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody", "sleep 60",
                                "Freight.Action.ExecutionTimeout.Seconds", "1"));
        RunResult result = run(plan("Environments-2", List.of(PlannedStep.of(slow, "db")), false));
        assertThat(result.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(result.message()).contains("did not finish within 1 seconds");
    }

    @Test
    void guidedFailureAsksAndIgnoreContinues() throws Exception {
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(script("Smoke", "exit 2"), "db"),
                        PlannedStep.of(script("After", "echo after"), "db"));
        ExecutionPlan plan = plan("Environments-2", steps, true);
        assertThat(run(plan).status()).isEqualTo(RunResult.Status.WAITING);
        assertThat(memory.interruptions.values())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.type()).isEqualTo("GuidedFailure");
                            assertThat(r.options())
                                    .containsExactly("Fail", "Retry", "Ignore", "Exclude");
                        });
        memory.submit("Ignore");
        assertThat(run(plan).status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log()).contains("INFO after");
    }

    @Test
    void guidedFailureExcludeRemovesTheTargetFromLaterSteps() throws Exception {
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(
                                script(
                                        "Check",
                                        "[ \"#{Octopus.Machine.Name}\" = web-01 ] && exit 1; true"),
                                "web"),
                        PlannedStep.of(
                                script("After", "echo \"after on #{Octopus.Machine.Name}\""),
                                "web"));
        ExecutionPlan plan = plan("Environments-2", steps, true);
        assertThat(run(plan).status()).isEqualTo(RunResult.Status.WAITING);
        memory.submit("Exclude");
        assertThat(run(plan).status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log()).contains("after on web-02").doesNotContain("after on web-01");
    }

    @Test
    void stepsStartingWithThePreviousOneRunInParallel() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(
                                script(
                                        "A",
                                        "touch '"
                                                + a
                                                + "'; for i in $(seq 50); do [ -f '"
                                                + b
                                                + "' ] && exit 0; sleep 0.1; done; exit 1"),
                                "db"),
                        PlannedStep.of(
                                        script(
                                                "B",
                                                "touch '"
                                                        + b
                                                        + "'; for i in $(seq 50); do [ -f '"
                                                        + a
                                                        + "' ] && exit 0; sleep 0.1; done; exit 1"),
                                        "db")
                                .withStartWithPrevious(true));
        ExecutionPlan base = plan("Environments-2", steps, false);
        Map<String, String> variables = new java.util.HashMap<>(base.variables());
        variables.put("OctopusBypassDeploymentMutex", "True");
        ExecutionPlan plan =
                new ExecutionPlan(
                        base.deploymentId(),
                        base.environmentId(),
                        base.channelId(),
                        steps,
                        base.targets(),
                        variables,
                        base.sensitiveValues(),
                        Set.of(),
                        false,
                        true);
        assertThat(run(plan).status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
    }

    @Test
    void stepsOnTheSameTargetTakeTurnsUnlessTheyOptOut() throws Exception {
        Path f = dir.resolve("order");
        String body =
                "echo start#{Octopus.Step.Name} >> '"
                        + f
                        + "'; sleep 0.5; echo end#{Octopus.Step.Name} >> '"
                        + f
                        + "'";
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(script("A", body), "db"),
                        PlannedStep.of(script("B", body), "db").withStartWithPrevious(true));
        assertThat(run(plan("Environments-2", steps, false)).status())
                .as(memory.log())
                .isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(Files.readAllLines(f))
                .isIn(
                        List.of("startA", "endA", "startB", "endB"),
                        List.of("startB", "endB", "startA", "endA"));
    }

    @Test
    void sensitiveValuesAreMaskedInEveryLine() throws Exception {
        List<PlannedStep> steps =
                List.of(
                        PlannedStep.of(
                                script(
                                        "Leak",
                                        "echo \"pw=$(get_octopusvariable DbPassword)\"; echo \"#{DbPassword}\" >&2; set_octopusvariable Token tok-98765 -sensitive; fail_step \"bad #{DbPassword}\""),
                                "db"));
        RunResult result = run(plan("Environments-2", steps, false));
        assertThat(memory.log()).doesNotContain("hunter2-secret").contains("pw=********");
        assertThat(result.message()).doesNotContain("hunter2-secret");
        assertThat(String.join("\n", memory.checkpoints)).doesNotContain("hunter2-secret");
    }

    @Test
    void disabledAndSkippedActionsDoNotRunButRequiredOnesDo() throws Exception {
        PlannedAction disabled = script("Disabled", "echo disabled-ran").withDisabled(true);
        PlannedAction skipped = script("Skipped", "echo skipped-ran");
        PlannedAction required = script("Required", "echo required-ran").withRequired(true);
        ExecutionPlan base =
                plan(
                        "Environments-2",
                        List.of(
                                PlannedStep.of(disabled, "db"),
                                PlannedStep.of(skipped, "db"),
                                PlannedStep.of(required, "db")),
                        false);
        ExecutionPlan plan =
                new ExecutionPlan(
                        base.deploymentId(),
                        base.environmentId(),
                        base.channelId(),
                        base.steps(),
                        base.targets(),
                        base.variables(),
                        base.sensitiveValues(),
                        Set.of("Skipped", "Required"),
                        false,
                        true);
        assertThat(run(plan).status()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(memory.log())
                .doesNotContain("disabled-ran", "skipped-ran")
                .contains("required-ran");
    }

    private ExecutionPlan withoutRunningOnServer(ExecutionPlan base) {
        return new ExecutionPlan(
                base.deploymentId(),
                base.environmentId(),
                base.channelId(),
                base.steps(),
                base.targets(),
                base.variables(),
                base.sensitiveValues(),
                Set.of(),
                false,
                false);
    }

    @Test
    void serverScriptsFailClearlyWhenRunningOnTheServerIsOff() throws Exception {
        PlannedAction migrate =
                PlannedAction.of(
                        "Migrate",
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody", "echo migrating",
                                "Octopus.Action.RunOnServer", "true"));
        RunResult result =
                run(
                        withoutRunningOnServer(
                                plan("Environments-2", List.of(PlannedStep.of(migrate)), false)));
        assertThat(result.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(result.message()).contains("running steps on the server is turned off");
        assertThat(memory.log()).doesNotContain("migrating");
    }

    @Test
    void signOffAndEmailStillRunWhenRunningOnTheServerIsOff() throws Exception {
        ExecutionPlan off = withoutRunningOnServer(plan("Environments-2", randomQuotes(), false));
        assertThat(run(off).status()).as(memory.log()).isEqualTo(RunResult.Status.WAITING);
        memory.submit("Proceed");
        assertThat(run(off).status()).as(memory.log()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void resumedRunDoesNotRepeatFinishedWork() throws Exception {
        Path counter = dir.resolve("count");
        List<PlannedStep> steps =
                List.of(PlannedStep.of(script("Count", "echo x >> '" + counter + "'"), "web"));
        ExecutionPlan plan = plan("Environments-2", steps, false);
        assertThat(run(plan).status()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(run(plan).status()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(Files.readAllLines(counter)).hasSize(2);
    }
}
