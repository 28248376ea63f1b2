package io.jenkins.plugins.freight.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmailStepTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    static GreenMailExtension smtps = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

    @TempDir Path dir;
    private TestStepContext context;

    @BeforeEach
    void setUp() {
        context = new TestStepContext(new LocalHostTarget("engine", dir), dir);
        context.smtp =
                new SmtpSettings(
                        "127.0.0.1",
                        mail.getSmtp().getPort(),
                        false,
                        false,
                        "freight@example.org",
                        "",
                        "",
                        Duration.ofSeconds(10));
        context.variables.put("Octopus.Environment.Name", "Test");
        context.teams.put("teams-stakeholders", List.of("lead@example.org", "qa@example.org"));
        context.with("Octopus.Action.Email.To", "qa@example.org, dev@example.org")
                .with("Octopus.Action.Email.ToTeamIds", "teams-stakeholders")
                .with("Octopus.Action.Email.Subject", "Random quotes deployment status")
                .with("Octopus.Action.Email.Body", "Deployment to #{Octopus.Environment.Name}");
    }

    @Test
    void mailIsSentToAddressesAndTeamMembersOnce() throws Exception {
        assertThat(new EmailStep().execute(context).isSuccessful()).as(context.allLog()).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Random quotes deployment status");
        assertThat(GreenMailUtil.getBody(message).trim()).isEqualTo("Deployment to Test");
        assertThat(
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .map(Object::toString))
                .containsExactly("qa@example.org", "dev@example.org", "lead@example.org");
    }

    @Test
    void authenticatedSmtpNeverLogsThePassword() throws Exception {
        mail.setUser("freight@example.org", "smtp-pass-123");
        context.smtp =
                new SmtpSettings(
                        "127.0.0.1",
                        mail.getSmtp().getPort(),
                        false,
                        false,
                        "freight@example.org",
                        "freight@example.org",
                        "smtp-pass-123",
                        Duration.ofSeconds(10));
        assertThat(new EmailStep().execute(context).isSuccessful()).isTrue();
        assertThat(context.allLog()).doesNotContain("smtp-pass-123");
        assertThat(context.smtp.toString()).doesNotContain("smtp-pass-123");
    }

    @Test
    void missingSmtpSubjectOrBadAddressesFailClearlyAndSendNothing() throws Exception {
        context.smtp = null;
        assertThat(new EmailStep().execute(context).message())
                .contains("No SMTP server is configured");
        setUp();
        context.with("Octopus.Action.Email.To", "not an address@@")
                .with("Octopus.Action.Email.Subject", "");
        StepOutcome outcome = new EmailStep().execute(context);
        assertThat(outcome.message())
                .contains("is not a valid e-mail address")
                .contains("has no subject");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableServerFailsTheStep() throws Exception {
        context.smtp =
                new SmtpSettings(
                        "127.0.0.1",
                        1,
                        false,
                        false,
                        "freight@example.org",
                        "",
                        "",
                        Duration.ofSeconds(2));
        assertThat(new EmailStep().execute(context).message())
                .contains("Could not send the e-mail through 127.0.0.1:1");
    }

    @Test
    void teamsInCcAndBccResolveToTheirMembersOnce() throws Exception {
        context.teams.put("teams-ops", List.of("ops@example.org", "lead@example.org"));
        context.teams.put("teams-audit", List.of("audit@example.org", "ops@example.org"));
        context.with("Octopus.Action.Email.CCTeamIds", "teams-ops")
                .with("Octopus.Action.Email.BccTeamIds", "teams-audit");
        assertThat(new EmailStep().execute(context).isSuccessful()).as(context.allLog()).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(
                        Arrays.stream(message.getRecipients(Message.RecipientType.CC))
                                .map(Object::toString))
                .containsExactly("ops@example.org");
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        // five distinct recipients: qa, dev, lead (To), ops (CC), audit (Bcc)
        assertThat(mail.getReceivedMessages()).hasSize(5);
        assertThat(context.allLog()).contains("audit@example.org");
    }

    @Test
    void unknownTeamFailsTheStepAndSendsNothing() throws Exception {
        context.with("Octopus.Action.Email.CCTeamIds", "Teams-404");
        StepOutcome outcome = new EmailStep().execute(context);
        assertThat(outcome.isSuccessful()).isFalse();
        assertThat(outcome.message()).contains("Team 'Teams-404' was not found");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void teamWithoutAddressesIsAWarningNotAFailure() throws Exception {
        context.teams.put("teams-empty", List.of());
        context.with("Octopus.Action.Email.CCTeamIds", "teams-empty");
        assertThat(new EmailStep().execute(context).isSuccessful()).isTrue();
        assertThat(context.allLog())
                .contains("Team teams-empty has no active member with an e-mail address.");
    }

    @Test
    void tlsFromTheStartWithThePinnedCertificateOfTheServer() throws Exception {
        smtps.setUser("freight@example.org", "tls-pass-456");
        context.smtp = smtps(GreenMailCertificate.pem());
        assertThat(new EmailStep().execute(context).isSuccessful()).as(context.allLog()).isTrue();
        assertThat(smtps.getReceivedMessages()).hasSize(3);
        assertThat(context.allLog()).doesNotContain("tls-pass-456");
    }

    @Test
    void tlsRefusesACertificateNobodyTrusts() throws Exception {
        context.smtp = smtps("");
        StepOutcome outcome = new EmailStep().execute(context);
        assertThat(outcome.isSuccessful()).isFalse();
        assertThat(outcome.message()).contains("Could not send the e-mail through 127.0.0.1");
        assertThat(outcome.message()).doesNotContain("tls-pass-456");
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    private static SmtpSettings smtps(String pem) {
        return new SmtpSettings(
                "127.0.0.1",
                smtps.getSmtps().getPort(),
                false,
                true,
                "freight@example.org",
                "freight@example.org",
                "tls-pass-456",
                Duration.ofSeconds(10),
                pem);
    }
}
