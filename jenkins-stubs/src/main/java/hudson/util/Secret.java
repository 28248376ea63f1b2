package hudson.util;

import java.io.Serializable;

/**
 * An encrypted secret. As data: it holds the plain text and encrypts nothing.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public final class Secret implements Serializable {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public String getPlainText() {
        return value;
    }

    public String getEncryptedValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Secret decrypt(String data) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Secret fromString(String data) {
        return new Secret(data == null ? "" : data);
    }

    public static String toString(Secret s) {
        return s == null ? "" : s.value;
    }
}
