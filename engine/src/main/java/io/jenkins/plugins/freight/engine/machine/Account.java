package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * Credentials targets log in with: a user name and password, or a user name and private key (with
 * an optional passphrase). Reads never return the secrets, only whether each is set; {@link
 * #toString()} never shows them.
 *
 * @param id {@code Accounts-N}
 * @param name unique in the space (case-insensitive)
 * @param password for {@code USERNAME_PASSWORD}
 * @param privateKeyFile the private key (OpenSSH or PEM text) for {@code SSH_KEY_PAIR}
 * @param privateKeyPassphrase the key's passphrase, if it has one
 * @param environmentIds environments the account may be used in (empty: all)
 */
public record Account(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        AccountType accountType,
        String username,
        SensitiveValue password,
        SensitiveValue privateKeyFile,
        SensitiveValue privateKeyPassphrase,
        List<String> environmentIds,
        TenantedDeploymentMode tenantedDeploymentParticipation,
        List<String> tenantIds,
        List<String> tenantTags,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Account {
        description = description == null ? "" : description;
        password = password == null ? SensitiveValue.none() : password;
        privateKeyFile = privateKeyFile == null ? SensitiveValue.none() : privateKeyFile;
        privateKeyPassphrase =
                privateKeyPassphrase == null ? SensitiveValue.none() : privateKeyPassphrase;
        environmentIds = Documents.listCopy(environmentIds);
        tenantedDeploymentParticipation =
                tenantedDeploymentParticipation == null
                        ? TenantedDeploymentMode.UNTENANTED
                        : tenantedDeploymentParticipation;
        tenantIds = Documents.listCopy(tenantIds);
        tenantTags = Documents.listCopy(tenantTags);
    }

    /** A user name and password account. */
    public static Account usernamePassword(String name, String username, String password) {
        return new Account(
                null,
                null,
                name,
                null,
                "",
                AccountType.USERNAME_PASSWORD,
                username,
                SensitiveValue.of(password),
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                null);
    }

    /** A user name and private key account; {@code passphrase} may be null. */
    public static Account sshKeyPair(
            String name, String username, String privateKey, String passphrase) {
        return new Account(
                null,
                null,
                name,
                null,
                "",
                AccountType.SSH_KEY_PAIR,
                username,
                null,
                SensitiveValue.of(privateKey),
                passphrase == null ? null : SensitiveValue.of(passphrase),
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                null);
    }

    /** The same account with new secret values ({@code keep()} keeps what is stored). */
    public Account withSecrets(
            SensitiveValue newPassword,
            SensitiveValue newPrivateKey,
            SensitiveValue newPassphrase) {
        return new Account(
                id,
                spaceId,
                name,
                slug,
                description,
                accountType,
                username,
                newPassword,
                newPrivateKey,
                newPassphrase,
                environmentIds,
                tenantedDeploymentParticipation,
                tenantIds,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Account withUsername(String value) {
        return new Account(
                id,
                spaceId,
                name,
                slug,
                description,
                accountType,
                value,
                password,
                privateKeyFile,
                privateKeyPassphrase,
                environmentIds,
                tenantedDeploymentParticipation,
                tenantIds,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    Account stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            boolean hasPassword,
            boolean hasKey,
            boolean hasPassphrase,
            Instant on,
            String by) {
        return new Account(
                newId,
                newSpaceId,
                newName,
                newSlug,
                description,
                accountType,
                username == null ? null : username.strip(),
                password.redacted(hasPassword),
                privateKeyFile.redacted(hasKey),
                privateKeyPassphrase.redacted(hasPassphrase),
                environmentIds,
                tenantedDeploymentParticipation,
                tenantIds,
                tenantTags,
                on,
                by);
    }
}
