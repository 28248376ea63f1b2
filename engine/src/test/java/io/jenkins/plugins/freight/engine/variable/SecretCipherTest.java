package io.jenkins.plugins.freight.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM with a key file outside the database. */
class SecretCipherTest {

    @TempDir Path dir;

    @Test
    void theKeyFileIsCreatedOnFirstUseReadableByItsOwnerOnly() throws Exception {
        SecretCipher cipher = SecretCipher.inDataDir(dir);
        assertThat(dir.resolve("secret.key")).doesNotExist();
        String sealed = cipher.encrypt("hunter2-secret");
        assertThat(Files.getPosixFilePermissions(dir.resolve("secret.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(sealed).startsWith("v1:").doesNotContain("hunter2");
        assertThat(cipher.decrypt(sealed)).isEqualTo("hunter2-secret");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        SecretCipher cipher = SecretCipher.inDataDir(dir);
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void anotherInstanceReadsTheSameKey() {
        String sealed = SecretCipher.inDataDir(dir).encrypt("shared");
        assertThat(SecretCipher.inDataDir(dir).decrypt(sealed)).isEqualTo("shared");
    }

    @Test
    void aDifferentKeyCannotDecryptAndSaysSoWithoutTheValue(@TempDir Path other) {
        String sealed = SecretCipher.inDataDir(dir).encrypt("hunter2-secret");
        assertThatThrownBy(() -> SecretCipher.inDataDir(other).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be decrypted")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        SecretCipher cipher = SecretCipher.inDataDir(dir);
        String sealed = cipher.encrypt("value");
        String tampered =
                sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class);
    }
}
