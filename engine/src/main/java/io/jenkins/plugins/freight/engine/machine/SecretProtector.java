package io.jenkins.plugins.freight.engine.machine;

/** Seals secrets before they are stored and opens them when a deployment needs them. */
public interface SecretProtector {

    /** The sealed form of a secret (safe to store in the database). */
    String seal(String plaintext);

    /** The secret a {@link #seal} produced; fails when the text was not sealed with this key. */
    String open(String sealed);
}
