package io.jenkins.plugins.freight.engine.machine;

import static io.jenkins.plugins.freight.engine.space.ModelTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountServiceTest {

    static final String PASSWORD = "s3cret-Pa55word!";
    static final String KEY =
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-secret-key\n-----END OPENSSH PRIVATE KEY-----";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void secretsAreSealedAtRestNeverReturnedAndOpenedOnlyForALogin(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Account created =
                engine.accounts()
                        .create(
                                ALICE,
                                space,
                                Account.usernamePassword("Deployer", "deploy", PASSWORD));

        assertThat(created.password()).isEqualTo(SensitiveValue.none().redacted(true));
        assertThat(created.password().newValue()).isNull();
        assertThat(created.toString()).doesNotContain(PASSWORD);
        assertThat(engine.accounts().get(ALICE, space, created.id()).password().hasValue())
                .isTrue();
        String row =
                engine.database()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT document || ' ' || sealed_password FROM accounts WHERE id = :id")
                                                .bind("id", created.id())
                                                .mapTo(String.class)
                                                .one());
        assertThat(row).doesNotContain(PASSWORD).contains("v1:");

        AccountCredentials login =
                engine.database()
                        .withHandle(h -> engine.accounts().credentials(h, space, created.id()));
        assertThat(login.password()).isEqualTo(PASSWORD);
        assertThat(login.username()).isEqualTo("deploy");
        assertThat(login.toString()).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void modifyKeepsSecretsUnlessNewOnesAreSent(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Account key =
                engine.accounts()
                        .create(ALICE, space, Account.sshKeyPair("Key", "deploy", KEY, "phrase"));
        Account renamed =
                engine.accounts()
                        .modify(
                                ALICE,
                                space,
                                key.id(),
                                key.withUsername("ops")
                                        .withSecrets(
                                                SensitiveValue.none(),
                                                SensitiveValue.keep(),
                                                SensitiveValue.keep()));
        assertThat(renamed.privateKeyFile().hasValue()).isTrue();
        AccountCredentials login =
                engine.database()
                        .withHandle(h -> engine.accounts().credentials(h, space, key.id()));
        assertThat(login.privateKey()).isEqualTo(KEY);
        assertThat(login.passphrase()).isEqualTo("phrase");
        assertThat(login.username()).isEqualTo("ops");

        engine.accounts()
                .modify(
                        ALICE,
                        space,
                        key.id(),
                        renamed.withSecrets(
                                SensitiveValue.none(),
                                SensitiveValue.of("other-key"),
                                SensitiveValue.of("")));
        AccountCredentials changed =
                engine.database()
                        .withHandle(h -> engine.accounts().credentials(h, space, key.id()));
        assertThat(changed.privateKey()).isEqualTo("other-key");
        assertThat(changed.passphrase()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAccountWithoutItsSecretIsRefusedWithoutEchoingAnything(DatabaseKind kind) {
        Engine engine = ModelTesting.engine(kind);
        String space = ModelTesting.newSpace(engine);
        Account noKey = Account.sshKeyPair("Key", " ", "", PASSWORD);
        assertThatThrownBy(() -> engine.accounts().create(ALICE, space, noKey))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.errors())
                                    .containsExactly(
                                            "The account needs a user name.",
                                            "An SSH key pair account needs a private key.");
                            assertThat(e.getMessage()).doesNotContain(PASSWORD);
                        });
    }

    @Test
    void aSensitiveValueNeverShowsItsSecret() {
        assertThat(SensitiveValue.of(PASSWORD).toString()).doesNotContain(PASSWORD);
        Account account = Account.usernamePassword("Deployer", "deploy", PASSWORD);
        assertThat(account.toString()).doesNotContain(PASSWORD);
    }
}
