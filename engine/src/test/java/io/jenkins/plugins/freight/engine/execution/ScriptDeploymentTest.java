package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentStatus;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariablePrompt;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deployments of inline scripts running on the engine's own host, end to end: the engine's Deploy
 * handler picks up the task that creating a deployment queued, and the task log shows what ran.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScriptDeploymentTest {

    private static final String SECRET = "s3cr3t-P4ssw0rd!";
    private static final String TOKEN = "tok-9f8e7d6c5b4a";

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;

    static DeploymentStep script(String name, String body) {
        return DeploymentStep.of(
                DeploymentAction.of(
                        name,
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody",
                                body,
                                "Octopus.Action.Script.Syntax",
                                "Bash",
                                DeploymentAction.RUN_ON_SERVER,
                                "true")));
    }

    static DeploymentStep statusMail() {
        return DeploymentStep.of(
                        DeploymentAction.of(
                                "Notify",
                                "Octopus.Email",
                                Map.of(
                                        "Octopus.Action.Email.To",
                                        "ops@example.org",
                                        "Octopus.Action.Email.Subject",
                                        "#{Octopus.Project.Name} to #{Octopus.Environment.Name}",
                                        "Octopus.Action.Email.Body",
                                        "#{each step in Octopus.Step}#{step}: #{step.Status.Code}\n"
                                                + "#{/each}#{Octopus.Deployment.Error}")))
                .withCondition(StepCondition.ALWAYS);
    }

    static List<Variable> smtpVariables(GreenMailExtension server) {
        return List.of(
                Variable.of("Freight.Smtp.Host", "127.0.0.1"),
                Variable.of("Freight.Smtp.Port", String.valueOf(server.getSmtp().getPort())),
                Variable.of("Freight.Smtp.From", "freight@example.org"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void scriptDeploymentRunsOnTheServerWithOutputVariablesAndMaskedSecrets(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        seed.push("Acme.Web.1.2.3.zip", ExecutionTesting.zip(Map.of("index.html", "hello")));
        Project project = seed.project("Acme Web");
        seed.variables(
                project,
                Variable.of("Greeting", "Hello from #{Octopus.Environment.Name}"),
                Variable.sensitive("DbPassword", SECRET),
                Variable.of("ConnectionString", "Server=db;Password=#{DbPassword}"),
                Variable.of("Reason", "")
                        .withPrompt(new VariablePrompt("Why deploy", "", true, Map.of())),
                Variable.sensitive("ApiToken", "")
                        .withPrompt(new VariablePrompt("API token", "", true, Map.of())));
        DeploymentStep prepare =
                DeploymentStep.of(
                        DeploymentAction.of(
                                        "Prepare",
                                        "Octopus.Script",
                                        Map.of(
                                                "Octopus.Action.Script.ScriptBody",
                                                "echo \"#{Greeting}: #{Octopus.Project.Name}"
                                                        + " #{Octopus.Release.Number}\"\n"
                                                        + "echo \"Package"
                                                        + " $(get_octopusvariable"
                                                        + " Octopus.Action.Package.PackageVersion)\"\n"
                                                        + "echo \"Password is #{DbPassword}\"\n"
                                                        + "echo \"Connection $(get_octopusvariable"
                                                        + " ConnectionString)\"\n"
                                                        + "echo \"Because #{Reason}, token"
                                                        + " #{ApiToken}\"\n"
                                                        + "set_octopusvariable SiteUrl"
                                                        + " http://web-01:8082\n",
                                                DeploymentAction.RUN_ON_SERVER,
                                                "true"))
                                .withPackages(
                                        List.of(
                                                PackageReference.primary(
                                                        "Acme.Web", FeedService.BUILTIN_FEED_ID))));
        seed.process(
                project,
                prepare,
                script(
                        "Announce",
                        "echo \"Site at #{Octopus.Action[Prepare].Output.SiteUrl}\"\n"
                                + "echo \"Prepare was #{Octopus.Step[Prepare].Status.Code}\""));
        Release release = seed.release(project, "1.0.0");

        Deployment deployment =
                seed.engine()
                        .deployments()
                        .create(
                                ALICE,
                                seed.space(),
                                CreateDeploymentRequest.release(release.id(), "Test")
                                        .withFormValues(
                                                Map.of("Reason", "hotfix 42", "ApiToken", TOKEN)))
                        .get(0);
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("Deploying Acme Web release 1.0.0 to Test")
                .contains("Hello from Test: Acme Web 1.0.0")
                .contains("Package 1.2.3")
                .contains("Password is ********")
                .contains("Connection Server=db;Password=********")
                .contains("Because hotfix 42, token ********")
                .doesNotContain(TOKEN)
                .contains("Site at http://web-01:8082")
                .contains("Prepare was Succeeded")
                .doesNotContain(SECRET);
        List<String> activity = seed.activity(deployment);
        assertThat(activity)
                .anySatisfy(l -> assertThat(l).contains("[Step 1: Prepare] Success"))
                .anySatisfy(l -> assertThat(l).contains("Info Hello from Test: Acme Web 1.0.0"))
                .anySatisfy(l -> assertThat(l).contains("Info Site at http://web-01:8082"))
                .noneSatisfy(l -> assertThat(l).contains(SECRET))
                .noneSatisfy(l -> assertThat(l).contains(TOKEN));
        assertThat(seed.engine().deployments().historyOfRelease(ALICE, seed.space(), release.id()))
                .extracting(DeploymentStatus::state)
                .containsExactly(TaskState.SUCCESS);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void failingScriptFailsTheTaskWithTheStepsErrorAndTheAlwaysMailReportsIt(DatabaseKind kind)
            throws Exception {
        Seed seed = ENGINES.seed(kind);
        Project project = seed.project("Billing");
        seed.variables(project, smtpVariables(mail).toArray(Variable[]::new));
        seed.process(
                project,
                script("Migrate", "echo starting\nfail_step \"Database is locked\""),
                script("Smoke test", "echo never"),
                statusMail());
        Deployment deployment = seed.deploy(seed.release(project, "2.0.0"), seed.prod());

        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage())
                .isEqualTo("The step Migrate failed on " + nodeName(kind) + ": Database is locked");
        assertThat(raw).contains("starting").doesNotContain("never");
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Billing to Prod");
        assertThat(GreenMailUtil.getBody(message))
                .contains("Migrate: Failed")
                .contains("Smoke test: Skipped")
                .contains("Database is locked");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void unusableSmtpSettingsFailTheDeploymentBeforeAnyStepRuns(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Project project = seed.project("Mailer");
        seed.variables(
                project,
                Variable.of("Freight.Smtp.Host", "127.0.0.1"),
                Variable.of("Freight.Smtp.Port", "twenty-five"));
        seed.process(project, script("First", "echo never"), statusMail());
        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.test());

        ServerTask task = seed.await(deployment);

        assertThat(task.state()).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage()).isEqualTo("Freight.Smtp.Port must be a whole number.");
        assertThat(seed.rawLog(deployment)).doesNotContain("never");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelingStopsTheRunningScriptAndItsChildren(DatabaseKind kind) throws Exception {
        Seed seed = ENGINES.seed(kind);
        Project project = seed.project("Long runner");
        Path pids = dir.resolve("pids-" + kind);
        seed.process(
                project,
                script(
                        "Sleep",
                        "sleep 300 &\n"
                                + "echo \"$$ $!\" > '"
                                + pids
                                + "'\n"
                                + "echo sleeping\n"
                                + "wait\n"),
                script("After", "echo never"));
        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.dev());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(pids) && Files.readString(pids).trim().contains(" "));
        List<Long> ids =
                java.util.Arrays.stream(Files.readString(pids).trim().split(" "))
                        .map(Long::parseLong)
                        .toList();

        seed.engine().tasks().cancel(ALICE, deployment.taskId());
        ServerTask task = seed.await(deployment);

        assertThat(task.state()).isEqualTo(TaskState.CANCELED);
        for (long pid : ids) {
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                            alive -> !alive);
        }
        assertThat(seed.rawLog(deployment)).contains("sleeping").doesNotContain("never");
    }

    static String nodeName(DatabaseKind kind) {
        return "execution-test-" + kind;
    }
}
