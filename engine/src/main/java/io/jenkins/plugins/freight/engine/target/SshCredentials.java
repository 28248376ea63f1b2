package io.jenkins.plugins.freight.engine.target;

import java.util.Objects;

/** How Freight logs in to an SSH target. Secrets never appear in {@code toString()}. */
public sealed interface SshCredentials {

    String username();

    /** A user name and password. */
    record Password(String username, String password) implements SshCredentials {
        public Password {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Password[" + username + "]";
        }
    }

    /**
     * A user name and private key in OpenSSH or PEM form, with its passphrase (empty when the key
     * is not encrypted).
     */
    record PrivateKey(String username, String privateKey, String passphrase)
            implements SshCredentials {
        public PrivateKey {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(privateKey, "privateKey");
            passphrase = passphrase == null ? "" : passphrase;
        }

        @Override
        public String toString() {
            return "PrivateKey[" + username + "]";
        }
    }
}
