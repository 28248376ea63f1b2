package io.jenkins.plugins.freight.server.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.smtp.SmtpSecurity;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's SMTP configuration over HTTP, as Octopus's Configuration > SMTP page uses it. */
class SmtpConfigurationApiTest {

    private static final String PATH = "/api/smtpconfiguration";
    private static TestServer server;
    private static boolean configuredAtStart;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        configuredAtStart =
                server.get(PATH + "/isconfigured").json().get("IsConfigured").asBoolean();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void configuresTheServerWithAWriteOnlyPasswordAndAnswersIsConfigured() {
        assertThat(configuredAtStart).isFalse();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("SmtpHost", "mail.example.test");
        body.put("SmtpPort", 2525);
        body.put("SendEmailFrom", "freight@example.test");
        body.put("SmtpLogin", "mailer");
        body.put("SmtpPassword", Map.of("HasValue", true, "NewValue", "smtp-s3cret"));
        body.put("EnableSsl", true);
        body.put("Timeout", 15000);
        TestServer.Response saved = server.put(PATH, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("smtp-s3cret");

        JsonNode read = server.get(PATH).json();
        assertThat(read.get("Id").asText()).isEqualTo("smtpconfiguration");
        assertThat(read.get("SmtpHost").asText()).isEqualTo("mail.example.test");
        assertThat(read.get("SmtpPort").asInt()).isEqualTo(2525);
        assertThat(read.get("SendEmailFrom").asText()).isEqualTo("freight@example.test");
        assertThat(read.get("SmtpLogin").asText()).isEqualTo("mailer");
        assertThat(read.get("SmtpPassword").get("HasValue").asBoolean()).isTrue();
        assertThat(read.get("SmtpPassword").get("NewValue").isNull()).isTrue();
        assertThat(read.get("EnableSsl").asBoolean()).isTrue();
        assertThat(read.get("Security").asText()).isEqualTo("StartTls");
        assertThat(read.get("Timeout").asLong()).isEqualTo(15000);
        assertThat(read.get("Links").get("Self").asText()).endsWith(PATH);
        assertThat(server.get(PATH + "/isconfigured").json().get("IsConfigured").asBoolean())
                .isTrue();

        // a body without the password keeps it; Security wins over EnableSsl
        TestServer.Response tls =
                server.put(PATH, Map.of("Security", "Tls", "SmtpPort", 465, "Timeout", 15000));
        assertThat(tls.status()).as(tls.body()).isEqualTo(200);
        var engineView = server.engine().smtp().get(Caller.system());
        assertThat(engineView.security()).isEqualTo(SmtpSecurity.TLS);
        assertThat(engineView.hasPassword()).isTrue();
        assertThat(engineView.host()).isEqualTo("mail.example.test");
        assertThat(server.engine().smtp().settings().orElseThrow().password())
                .isEqualTo("smtp-s3cret");

        // {"HasValue": false} removes the password
        server.put(PATH, Map.of("SmtpPassword", Map.of("HasValue", false)));
        assertThat(server.get(PATH).json().get("SmtpPassword").get("HasValue").asBoolean())
                .isFalse();
    }

    @Test
    void badValuesAreRefusedWholeAndChangeNothing() {
        server.put(PATH, Map.of("SmtpHost", "before.example.test", "SmtpPort", 25));
        TestServer.Response badPort =
                server.put(PATH, Map.of("SmtpHost", "after.example.test", "SmtpPort", 70000));
        assertThat(badPort.status()).as(badPort.body()).isEqualTo(400);
        assertThat(badPort.json().get("ErrorMessage").asText()).isNotBlank();
        TestServer.Response badSecurity = server.put(PATH, Map.of("Security", "Sometimes"));
        assertThat(badSecurity.status()).isEqualTo(400);
        assertThat(badSecurity.json().get("ErrorMessage").asText()).contains("None, StartTls, Tls");
        assertThat(server.get(PATH).json().get("SmtpHost").asText())
                .isEqualTo("before.example.test");
    }

    @Test
    void onlyServerConfiguratorsReadOrChangeIt() {
        Caller system = Caller.system();
        User user =
                server.engine()
                        .identity()
                        .createUser(system, new UserDetails("mailreader", "Mail", "", true, false));
        String key = server.engine().identity().createApiKey(system, user.id(), "t", null).apiKey();
        TestServer.Response read = server.send("GET", PATH, null, key);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().get("ErrorMessage").asText()).contains("ConfigureServer");
        TestServer.Response write =
                server.send("PUT", PATH, Map.of("SmtpHost", "evil.example.test"), key);
        assertThat(write.status()).isEqualTo(403);
        assertThat(server.send("GET", PATH + "/isconfigured", null, key).status()).isEqualTo(200);
        assertThat(server.send("GET", PATH, null, null).status()).isEqualTo(401);
    }
}
