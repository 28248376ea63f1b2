package io.jenkins.plugins.freight.engine.machine;

/**
 * A secret as documents carry it (Octopus {@code {HasValue, NewValue}}): when read, only whether it
 * is set; when written, {@code newValue} replaces it ({@code ""} clears it), and a null {@code
 * newValue} keeps what is stored if {@code hasValue}, else clears it. Never shows the value in
 * {@link #toString()}.
 */
public record SensitiveValue(boolean hasValue, String newValue) {

    /** A new secret value to store. */
    public static SensitiveValue of(String value) {
        return new SensitiveValue(value != null && !value.isEmpty(), value == null ? "" : value);
    }

    /** Keep the stored value. */
    public static SensitiveValue keep() {
        return new SensitiveValue(true, null);
    }

    /** No value. */
    public static SensitiveValue none() {
        return new SensitiveValue(false, null);
    }

    /** Whether writing this changes the stored value. */
    boolean replaces() {
        return newValue != null || !hasValue;
    }

    /** The value as a read returns it: set or not, never the secret. */
    SensitiveValue redacted(boolean isSet) {
        return new SensitiveValue(isSet, null);
    }

    @Override
    public String toString() {
        return "SensitiveValue[hasValue=" + hasValue + "]";
    }
}
