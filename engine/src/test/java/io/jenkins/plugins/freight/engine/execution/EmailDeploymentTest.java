package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationChange;
import io.jenkins.plugins.freight.engine.smtp.SmtpSecurity;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * E-mail steps end to end: the server's SMTP configuration (authenticated), recipients given as
 * teams, and a project's {@code Freight.Smtp.*} variables overriding the configuration.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmailDeploymentTest {

    private static final String SMTP_PASSWORD = "smtp-Pa55-e2e";

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static Seed seed(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        mail.setUser("mailer", SMTP_PASSWORD);
        seed.engine()
                .smtp()
                .update(
                        ALICE,
                        SmtpConfigurationChange.server(
                                        "127.0.0.1",
                                        mail.getSmtp().getPort(),
                                        SmtpSecurity.NONE,
                                        "freight@example.org")
                                .withCredentials("mailer", SMTP_PASSWORD));
        return seed;
    }

    private static DeploymentStep mailTo(Map<String, String> recipients) {
        var properties = new java.util.HashMap<>(recipients);
        properties.put("Octopus.Action.Email.Subject", "#{Octopus.Project.Name} deployed");
        properties.put("Octopus.Action.Email.Body", "to #{Octopus.Environment.Name}");
        return DeploymentStep.of(DeploymentAction.of("Notify", "Octopus.Email", properties));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void teamRecipientsGetTheMailThroughTheServersSmtpConfiguration(DatabaseKind kind)
            throws Exception {
        Seed seed = seed(kind);
        Caller lead = SecurityTesting.user(seed.engine(), "lead-" + kind);
        Caller tester = SecurityTesting.user(seed.engine(), "tester-" + kind);
        Team stakeholders =
                SecurityTesting.team(seed.engine(), seed.space(), "Stakeholders", lead, tester);
        Project project = seed.project("Shop");
        seed.process(
                project,
                mailTo(
                        Map.of(
                                "Octopus.Action.Email.ToTeamIds",
                                stakeholders.id(),
                                "Octopus.Action.Email.CC",
                                "ops@example.org")));

        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.test());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Shop deployed");
        assertThat(
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .map(Object::toString))
                .containsExactly(
                        "lead-" + kind + "@example.org", "tester-" + kind + "@example.org");
        assertThat(message.getFrom()[0].toString()).isEqualTo("freight@example.org");
        assertThat(raw).doesNotContain(SMTP_PASSWORD);
        mail.purgeEmailFromAllMailboxes();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void projectVariablesOverrideTheSenderAndAnUnknownTeamFailsTheStep(DatabaseKind kind)
            throws Exception {
        Seed seed = seed(kind);
        Project project = seed.project("Billing");
        seed.variables(project, Variable.of("Freight.Smtp.From", "billing@example.org"));
        seed.process(project, mailTo(Map.of("Octopus.Action.Email.To", "ops@example.org")));
        Deployment ok = seed.deploy(seed.release(project, "1.0.0"), seed.test());
        assertThat(seed.await(ok).state()).as(seed.rawLog(ok)).isEqualTo(TaskState.SUCCESS);
        assertThat(mail.getReceivedMessages()[0].getFrom()[0].toString())
                .isEqualTo("billing@example.org");
        mail.purgeEmailFromAllMailboxes();

        Project other = seed.project("Other");
        seed.process(other, mailTo(Map.of("Octopus.Action.Email.ToTeamIds", "Teams-99999")));
        Deployment failed = seed.deploy(seed.release(other, "1.0.0"), seed.test());
        ServerTask task = seed.await(failed);
        assertThat(task.state()).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage()).contains("Team 'Teams-99999' was not found");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
