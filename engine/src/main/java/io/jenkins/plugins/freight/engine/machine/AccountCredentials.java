package io.jenkins.plugins.freight.engine.machine;

/**
 * An account's secrets opened for one login. Never shows them in {@link #toString()}.
 *
 * @param password set for {@code USERNAME_PASSWORD}, else null
 * @param privateKey set for {@code SSH_KEY_PAIR}, else null
 * @param passphrase the private key's passphrase, {@code ""} when it has none
 */
public record AccountCredentials(
        String accountId,
        AccountType accountType,
        String username,
        String password,
        String privateKey,
        String passphrase) {

    @Override
    public String toString() {
        return "AccountCredentials[" + accountId + ", " + accountType + ", " + username + "]";
    }
}
