package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@code Freight.Smtp.*} variables override the server's SMTP configuration. */
class SmtpVariablesTest {

    private static final SmtpSettings SERVER =
            new SmtpSettings(
                    "smtp.example.org",
                    587,
                    true,
                    false,
                    "freight@example.org",
                    "mailer",
                    "server-secret",
                    Duration.ofSeconds(20),
                    "PEM");

    private static Optional<SmtpSettings> resolve(Map<String, String> variables) {
        return SmtpVariables.from(variables::get, Optional.of(SERVER));
    }

    @Test
    void withoutVariablesTheServerConfigurationIsUsedAsIs() {
        assertThat(resolve(Map.of())).contains(SERVER);
        assertThat(SmtpVariables.from(Map.<String, String>of()::get, Optional.empty())).isEmpty();
    }

    @Test
    void variablesOverrideOneSettingAtATimeForTheConfiguredHost() {
        SmtpSettings s =
                resolve(
                                Map.of(
                                        "Freight.Smtp.From", "team-a@example.org",
                                        "Freight.Smtp.Host", "SMTP.example.org",
                                        "Freight.Smtp.TimeoutSeconds", "5"))
                        .orElseThrow();
        assertThat(s.fromAddress()).isEqualTo("team-a@example.org");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.username()).isEqualTo("mailer");
        assertThat(s.password()).isEqualTo("server-secret");
        assertThat(s.startTls()).isTrue();
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.trustedCertificate()).isEqualTo("PEM");
    }

    @Test
    void anotherHostReplacesTheConfigurationSoItsCredentialsNeverGoThere() {
        SmtpSettings s =
                resolve(Map.of("Freight.Smtp.Host", "mail.elsewhere.example")).orElseThrow();
        assertThat(s.host()).isEqualTo("mail.elsewhere.example");
        assertThat(s.port()).isEqualTo(25);
        assertThat(s.username()).isEmpty();
        assertThat(s.password()).isEmpty();
        assertThat(s.startTls()).isFalse();
        assertThat(s.trustedCertificate()).isEmpty();
        assertThat(s.fromAddress()).isEqualTo("freight@mail.elsewhere.example");
    }

    @Test
    void unusableVariableNamesItself() {
        assertThatThrownBy(() -> resolve(Map.of("Freight.Smtp.Port", "twenty-five")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Freight.Smtp.Port must be a whole number.");
    }
}
