package io.jenkins.plugins.freight.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.CreatedApiKey;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.security.SignedIn;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Passwords, API keys and session tokens never appear in an audit event (message, differences), in
 * the CSV export, in an error message, or in a toString.
 */
class SecretsNeverLeakTest {

    private static final String PASSWORD = "Pa55word-that-must-not-leak";

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void noSecretReachesAnEventAMessageOrAToString(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            List<String> secrets = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            User user =
                    engine.identity()
                            .createUser(
                                    Caller.system(),
                                    new UserDetails(
                                            "carol", "Carol", "carol@example.org", true, false));
            Caller carol = new Caller(user.id(), "carol", Caller.Via.API_KEY, "127.0.0.1");
            engine.security().signIn().setPassword(carol, user.id(), PASSWORD);
            secrets.add(PASSWORD);
            CreatedApiKey key = engine.identity().createApiKey(carol, user.id(), "ci", null);
            secrets.add(key.apiKey());
            texts.add(key.toString());
            SignedIn session = engine.security().signIn().signIn("carol", PASSWORD, "127.0.0.1");
            secrets.add(session.sessionToken());
            secrets.add(session.csrfToken());
            texts.add(session.toString());
            assertThatThrownBy(
                            () -> engine.security().signIn().signIn("carol", PASSWORD + "x", null))
                    .satisfies(e -> texts.add(e.getMessage()));
            assertThatThrownBy(
                            () ->
                                    engine.identity()
                                            .authenticate(key.apiKey() + "0", null)
                                            .orElseThrow())
                    .satisfies(e -> texts.add(String.valueOf(e.getMessage())));
            engine.identity().revokeApiKey(carol, user.id(), key.key().id());
            SecurityTesting.administrator(engine, carol);

            List<AuditEvent> events =
                    engine.audit().list(Caller.system(), EventQuery.inSpace(null, true)).items();
            assertThat(events)
                    .extracting(AuditEvent::category)
                    .contains(
                            EventCategory.Created,
                            EventCategory.Modified,
                            EventCategory.ApiKeyCreated,
                            EventCategory.ApiKeyRevoked,
                            EventCategory.Login,
                            EventCategory.LoginFailed);
            events.forEach(e -> texts.add(e.toString()));
            StringWriter csv = new StringWriter();
            engine.audit().exportCsv(Caller.system(), EventQuery.inSpace(null, true), csv);
            texts.add(csv.toString());

            for (String text : texts) {
                for (String secret : secrets) {
                    assertThat(text).doesNotContain(secret);
                }
            }
        }
    }
}
