package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;

/** The kinds of variable Octopus knows, by their wire names. */
public enum VariableType {
    STRING("String"),
    SENSITIVE("Sensitive"),
    CERTIFICATE("Certificate"),
    AMAZON_WEB_SERVICES_ACCOUNT("AmazonWebServicesAccount"),
    AZURE_ACCOUNT("AzureAccount"),
    GOOGLE_CLOUD_ACCOUNT("GoogleCloudAccount"),
    USERNAME_PASSWORD_ACCOUNT("UsernamePasswordAccount"),
    GENERIC_OIDC_ACCOUNT("GenericOidcAccount"),
    WORKER_POOL("WorkerPool");

    private final String wireName;

    VariableType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type by wire name (case-insensitive). */
    public static VariableType fromWire(String name) {
        for (VariableType type : values()) {
            if (type.wireName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new InvalidInputException("Variable type '" + name + "' is not known.");
    }
}
