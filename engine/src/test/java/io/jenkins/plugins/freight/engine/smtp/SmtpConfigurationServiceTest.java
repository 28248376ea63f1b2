package io.jenkins.plugins.freight.engine.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.step.GreenMailCertificate;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The server's SMTP configuration on H2 and PostgreSQL: round trip, sealing, rules, permission. */
class SmtpConfigurationServiceTest {

    private static final String PASSWORD = "smtp-Secret-7f3a";
    private static final Caller ADMIN =
            new Caller("Users-910", "mailadmin", Caller.Via.API_KEY, "127.0.0.1");

    @TempDir Path dir;

    private Engine open(DatabaseKind kind) {
        Engine engine = Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()));
        SecurityTesting.administrator(engine, ADMIN);
        return engine;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void configurationRoundTripsWithThePasswordSealedAndNeverReturned(DatabaseKind kind)
            throws Exception {
        try (Engine engine = open(kind)) {
            SmtpConfigurationService smtp = engine.smtp();
            assertThat(smtp.get(ADMIN).isConfigured()).isFalse();
            assertThat(smtp.settings()).isEmpty();
            String pem = GreenMailCertificate.pem();

            SmtpConfiguration saved =
                    smtp.update(
                            ADMIN,
                            SmtpConfigurationChange.server(
                                            "smtp.example.org",
                                            587,
                                            SmtpSecurity.STARTTLS,
                                            "freight@example.org")
                                    .withCredentials("mailer", PASSWORD)
                                    .withTrustedCertificate(pem)
                                    .withTimeout(Duration.ofSeconds(12)));

            assertThat(saved.hasPassword()).isTrue();
            assertThat(saved.toString()).doesNotContain(PASSWORD);
            SmtpConfiguration read = smtp.get(ADMIN);
            assertThat(read).isEqualTo(saved);
            assertThat(read.modifiedBy()).isEqualTo("mailadmin");
            assertThat(smtp.isConfigured(Caller.system())).isTrue();
            SmtpSettings settings = smtp.settings().orElseThrow();
            assertThat(settings.password()).isEqualTo(PASSWORD);
            assertThat(settings.startTls()).isTrue();
            assertThat(settings.ssl()).isFalse();
            assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(12));
            assertThat(settings.trustedCertificate()).isEqualTo(pem.strip());
            assertThat(rows(engine, "SELECT * FROM smtp_configuration")).doesNotContain(PASSWORD);
            assertThat(rows(engine, "SELECT * FROM events"))
                    .contains("SMTP configuration was changed")
                    .doesNotContain(PASSWORD);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void passwordIsKeptUntilReplacedOrRemoved(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            SmtpConfigurationService smtp = engine.smtp();
            SmtpConfigurationChange change =
                    SmtpConfigurationChange.server(
                                    "smtp.example.org", 465, SmtpSecurity.TLS, "ops@example.org")
                            .withCredentials("mailer", PASSWORD);
            smtp.update(ADMIN, change);
            smtp.update(ADMIN, change.withCredentials("mailer", null));
            assertThat(smtp.settings().orElseThrow().password()).isEqualTo(PASSWORD);
            smtp.update(ADMIN, change.withCredentials("mailer", "other-pass"));
            assertThat(smtp.settings().orElseThrow().password()).isEqualTo("other-pass");
            smtp.update(ADMIN, change.withCredentials("mailer", ""));
            assertThat(smtp.get(ADMIN).hasPassword()).isFalse();
            assertThat(smtp.settings().orElseThrow().password()).isEmpty();
            smtp.update(ADMIN, change.withCredentials("", null));
            assertThat(smtp.settings().orElseThrow().username()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badConfigurationIsRefusedWholeAndChangesNothing(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            SmtpConfigurationService smtp = engine.smtp();
            SmtpConfiguration before =
                    smtp.update(
                            ADMIN,
                            SmtpConfigurationChange.server(
                                    "smtp.example.org", 25, SmtpSecurity.NONE, "a@example.org"));
            SmtpConfigurationChange bad =
                    new SmtpConfigurationChange(
                            "smtp example org",
                            70000,
                            SmtpSecurity.TLS,
                            "not an address",
                            "",
                            PASSWORD,
                            "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----",
                            Duration.ofHours(2));
            assertThatThrownBy(() -> smtp.update(ADMIN, bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e ->
                                    assertThat(e.errors())
                                            .containsExactly(
                                                    "Host must be a host name or address without"
                                                            + " spaces.",
                                                    "Port must be between 1 and 65535.",
                                                    "The sender address 'not an address' is not a"
                                                            + " valid e-mail address.",
                                                    "A password needs a user name.",
                                                    "The trusted certificate is not a PEM"
                                                            + " certificate.",
                                                    "The timeout must be between 1 second and 10"
                                                            + " minutes."))
                    .hasMessageNotContaining(PASSWORD);
            assertThat(smtp.get(ADMIN)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyServerConfiguratorsReadOrChangeIt(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            Caller someone = SecurityTesting.user(engine, "someone");
            assertThatThrownBy(() -> engine.smtp().get(someone))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("ConfigureServer");
            assertThatThrownBy(
                            () ->
                                    engine.smtp()
                                            .update(
                                                    someone,
                                                    SmtpConfigurationChange.server(
                                                            "evil.example.org",
                                                            25,
                                                            SmtpSecurity.NONE,
                                                            "x@example.org")))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(engine.smtp().isConfigured(someone)).isFalse();
        }
    }

    private static String rows(Engine engine, String sql) {
        List<Map<String, Object>> rows =
                engine.database().withHandle(h -> h.createQuery(sql).mapToMap().list());
        return rows.toString();
    }
}
