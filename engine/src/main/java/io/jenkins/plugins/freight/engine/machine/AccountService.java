package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.AccountRepository.SealedSecrets;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Accounts (SSH key pairs, user names with passwords). Secrets are encrypted ({@link SecretCipher},
 * the engine's key file outside the database) before they are stored, never returned by reads, and
 * opened only for a deployment through {@link #credentials}.
 */
public final class AccountService {

    private static final String KIND = "Account";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final EnvironmentService environments;
    private final AccountRepository accounts;
    private final SecretCipher cipher;
    private final References references;

    public AccountService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            EnvironmentService environments,
            AccountRepository accounts,
            SecretCipher cipher,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.environments = environments;
        this.accounts = accounts;
        this.cipher = cipher;
        this.references = references;
    }

    public Account create(Caller caller, String spaceId, Account account) {
        access.require(caller, "AccountCreate", spaceId);
        String name = Names.require(account.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "Accounts");
                    Account stored = save(h, spaceId, account, name, id, null, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId, id, KIND + " " + name + " was created", stored));
                    return stored;
                });
    }

    /** An account without its secrets (only whether each is set). */
    public Account get(Caller caller, String spaceId, String reference) {
        access.require(caller, "AccountView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    public Page<Account> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "AccountView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return accounts.list(h, spaceId, query);
                });
    }

    /** Saves an account; secrets sent as {@link SensitiveValue#keep()} stay as they are. */
    public Account modify(Caller caller, String spaceId, String id, Account changed) {
        access.require(caller, "AccountEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Account current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    Account stored = save(h, spaceId, changed, name, current.id(), current, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    KIND + " " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes an account no target uses (the refusal names the targets). */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "AccountDelete", spaceId);
        database.useTransaction(
                h -> {
                    Account current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    accounts.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    KIND + " " + current.name() + " was deleted",
                                    current));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every account of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        accounts.table().deleteAll(handle, spaceId);
    }

    /**
     * What is wrong with a target's or worker's endpoint: its own settings, and an account that is
     * not in the space. Empty when it is fine.
     */
    public List<String> endpointProblems(Handle handle, String spaceId, Endpoint endpoint) {
        List<String> errors = new ArrayList<>(endpoint.problems());
        String accountId = endpoint.accountId();
        if (accountId != null && !accountId.isBlank()) {
            try {
                require(handle, spaceId, accountId);
            } catch (NotFoundException e) {
                errors.add("Account '" + accountId + "' was not found in this space.");
            }
        }
        return errors;
    }

    public Account require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return accounts.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /** The account's secrets, opened, for logging in to a target during a deployment. */
    public AccountCredentials credentials(Handle handle, String spaceId, String accountId) {
        Account account = require(handle, spaceId, accountId);
        SealedSecrets sealed = accounts.secrets(handle, spaceId, account.id()).orElseThrow();
        return new AccountCredentials(
                account.id(),
                account.accountType(),
                account.username(),
                open(sealed.password()),
                open(sealed.privateKey()),
                sealed.passphrase() == null ? "" : open(sealed.passphrase()));
    }

    private Account save(
            Handle h,
            String spaceId,
            Account a,
            String name,
            String id,
            Account current,
            Caller caller) {
        SealedSecrets old =
                current == null
                        ? new SealedSecrets(null, null, null)
                        : accounts.secrets(h, spaceId, current.id()).orElseThrow();
        SealedSecrets sealed =
                new SealedSecrets(
                        next(a.password(), old.password()),
                        next(a.privateKeyFile(), old.privateKey()),
                        next(a.privateKeyPassphrase(), old.passphrase()));
        List<String> errors = new ArrayList<>();
        if (a.accountType() == null) {
            errors.add("The account needs a type (SshKeyPair or UsernamePassword).");
        } else if (a.username() == null || a.username().isBlank()) {
            errors.add("The account needs a user name.");
        }
        if (a.accountType() == AccountType.USERNAME_PASSWORD && sealed.password() == null) {
            errors.add("A user name and password account needs a password.");
        }
        if (a.accountType() == AccountType.SSH_KEY_PAIR && sealed.privateKey() == null) {
            errors.add("An SSH key pair account needs a private key.");
        }
        for (String missing : environments.missing(h, spaceId, a.environmentIds())) {
            errors.add("Environment '" + missing + "' was not found in this space.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The account is not valid: " + String.join(" ", errors), errors);
        }
        String slug =
                accounts.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                a.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        Account stored =
                a.stored(
                        id,
                        spaceId,
                        name,
                        slug,
                        sealed.password() != null,
                        sealed.privateKey() != null,
                        sealed.passphrase() != null,
                        clock.instant(),
                        caller.username());
        if (current == null) {
            accounts.insert(h, stored, sealed);
        } else {
            accounts.update(h, stored, sealed);
        }
        references.replace(
                h,
                spaceId,
                new Referrer(KIND, stored.id(), stored.name()),
                stored.environmentIds());
        return stored;
    }

    /** The sealed value to store: a new one sealed, the old one kept, or none. */
    private String next(SensitiveValue value, String old) {
        if (!value.replaces()) {
            return old;
        }
        return value.newValue() == null || value.newValue().isEmpty()
                ? null
                : cipher.encrypt(value.newValue());
    }

    private String open(String sealed) {
        return sealed == null ? null : cipher.decrypt(sealed);
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (accounts.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "An account named '" + name + "' already exists in this space.");
        }
    }
}
