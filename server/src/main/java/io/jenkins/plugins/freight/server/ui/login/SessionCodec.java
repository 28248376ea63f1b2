package io.jenkins.plugins.freight.server.ui.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a {@link UiSession} into a cookie value and back: the fields, each base64url-encoded, then
 * an HMAC-SHA256 over them (so a cookie cannot be assembled from parts). A value whose signature
 * does not match, or that is malformed, reads as no session. The same key derives each session's
 * CSRF token from its nonce.
 */
final class SessionCodec {

    private static final String VERSION = "v2";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    SessionCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The session key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String encode(UiSession session) {
        String payload =
                String.join(
                        ".",
                        VERSION,
                        text(session.nonce()),
                        text(session.userId()),
                        text(session.username()),
                        text(session.sessionToken()),
                        text(session.csrfToken()),
                        Long.toString(session.expires().getEpochSecond()));
        return payload + "." + B64.encodeToString(mac("session|" + payload));
    }

    Optional<UiSession> decode(String value) {
        if (value == null || value.length() > 2048) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        byte[] signature;
        try {
            signature = B64D.decode(value.substring(lastDot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac("session|" + payload))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 7 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new UiSession(
                            untext(parts[1]),
                            untext(parts[2]),
                            untext(parts[3]),
                            untext(parts[4]),
                            untext(parts[5]),
                            Instant.ofEpochSecond(Long.parseLong(parts[6]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The CSRF token of the session with this nonce. */
    String csrfToken(String nonce) {
        return B64.encodeToString(mac("csrf|" + nonce));
    }

    /** Whether {@code token} is the CSRF token of the session with this nonce. */
    boolean isCsrfToken(String nonce, String token) {
        return token != null
                && MessageDigest.isEqual(
                        csrfToken(nonce).getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String text(String value) {
        return B64.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String value) {
        return new String(B64D.decode(value), StandardCharsets.UTF_8);
    }
}
