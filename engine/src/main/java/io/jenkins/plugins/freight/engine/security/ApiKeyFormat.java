package io.jenkins.plugins.freight.engine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API keys in Octopus form: {@code API-} followed by uppercase letters and digits. Freight issues
 * 32 random characters (about 165 bits); keys of 26 to 64 characters are accepted, so existing
 * Octopus-style keys can be used to bootstrap. Keys are stored as SHA-256 hashes, which is enough
 * for secrets of this entropy.
 */
public final class ApiKeyFormat {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int LENGTH = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("API-[A-Z0-9]{26,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {}

    /** A new cryptographically random key. */
    public static String generate() {
        StringBuilder key = new StringBuilder("API-");
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** Whether the text has the form of a key Freight accepts. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The hex SHA-256 of the key, as stored. */
    public static String hash(String apiKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(apiKey.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The part of a key that may be shown again: {@code API-} and its first four characters. */
    public static String hint(String apiKey) {
        return apiKey.substring(0, Math.min(apiKey.length(), 8)) + "…";
    }
}
