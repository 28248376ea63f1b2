package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive values with AES-256-GCM. The key lives in a file outside the database ({@code
 * <dataDir>/secret.key}, created on first use, readable by its owner only), so a copy of the
 * database alone reveals no secret. Ciphertext is {@code v1:} + Base64(12-byte IV, ciphertext,
 * tag).
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    public SecretCipher(Path keyFile) {
        this.keyFile = keyFile;
    }

    /** The cipher whose key is {@code <dataDir>/secret.key}. */
    public static SecretCipher inDataDir(Path dataDir) {
        return new SecretCipher(dataDir.resolve("secret.key"));
    }

    public String encrypt(String plainText) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a sensitive value", e);
        }
    }

    public String decrypt(String cipherText) {
        if (!cipherText.startsWith(PREFIX)) {
            throw new IllegalStateException("A stored sensitive value is not in a known format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(cipherText.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(
                    cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored sensitive value cannot be decrypted with the key in " + keyFile, e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreate(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadOrCreate() {
        try {
            if (!Files.exists(keyFile)) {
                create();
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).trim());
            if (key.length != 32) {
                throw new IllegalStateException(
                        "The key file " + keyFile + " does not hold a 256-bit key");
            }
            return key;
        } catch (IOException e) {
            throw new TransientException("Could not read the secret key file " + keyFile, e);
        }
    }

    private void create() throws IOException {
        byte[] key = new byte[32];
        random.nextBytes(key);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path temp = Files.createTempFile(keyFile.toAbsolutePath().getParent(), "secret", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, ownerOnly);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's protection applies
            }
            Files.writeString(
                    temp,
                    Base64.getEncoder().encodeToString(key) + "\n",
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(temp, keyFile);
            } catch (FileAlreadyExistsException e) {
                // another node or thread created it first: use theirs
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[" + keyFile + "]";
    }
}
