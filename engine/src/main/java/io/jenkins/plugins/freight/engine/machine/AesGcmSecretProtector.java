package io.jenkins.plugins.freight.engine.machine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value; sealed text is {@code v1:} plus Base64 of nonce
 * and ciphertext. The key lives outside the database, in a file readable only by its owner; every
 * node of a cluster needs a copy of the same file.
 */
public final class AesGcmSecretProtector implements SecretProtector {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public AesGcmSecretProtector(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secret key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The protector whose key is in {@code keyFile} (Base64), creating the file with a new random
     * key (owner read/write only) when it does not exist yet.
     */
    public static AesGcmSecretProtector fromKeyFile(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                createKeyFile(keyFile);
            }
            String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            return new AesGcmSecretProtector(Base64.getDecoder().decode(text));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the secret key file " + keyFile, e);
        }
    }

    @Override
    public String seal(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("A stored secret is not in a known sealed format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored secret could not be opened; was the secret key file replaced?");
        }
    }

    private static void createKeyFile(Path keyFile) throws IOException {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".secret-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the directory's own protection applies
            }
            Files.writeString(
                    temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            // a hard link appears atomically and never replaces a key another node just wrote
            Files.createLink(keyFile, temp);
        } catch (FileAlreadyExistsException e) {
            // another node or thread created it first; use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
