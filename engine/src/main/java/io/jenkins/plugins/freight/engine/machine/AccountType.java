package io.jenkins.plugins.freight.engine.machine;

/** The kinds of account SSH targets log in with (Octopus {@code AccountType}). */
public enum AccountType {
    SSH_KEY_PAIR("SshKeyPair"),
    USERNAME_PASSWORD("UsernamePassword");

    private final String octopusName;

    AccountType(String octopusName) {
        this.octopusName = octopusName;
    }

    public String octopusName() {
        return octopusName;
    }

    public static AccountType fromOctopusName(String name) {
        for (AccountType t : values()) {
            if (t.octopusName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
