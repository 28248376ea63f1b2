package io.jenkins.plugins.freight.engine.smtp;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationRepository.Stored;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The server's SMTP configuration (Octopus's Configuration > SMTP): read and changed by callers
 * with {@code ConfigureServer}, used by every deployment's e-mail steps unless its {@code
 * Freight.Smtp.*} variables override it. The password is sealed with the data directory's key and
 * never returned.
 */
public final class SmtpConfigurationService {

    private static final String PERMISSION = "ConfigureServer";

    private final Database database;
    private final AccessPolicy access;
    private final SecretCipher cipher;
    private final Clock clock;
    private final AuditLog audit;
    private final SmtpConfigurationRepository repository = new JdbcSmtpConfigurationRepository();

    public SmtpConfigurationService(
            Database database,
            AccessPolicy access,
            SecretCipher cipher,
            Clock clock,
            AuditLog audit) {
        this.database = database;
        this.access = access;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    public SmtpConfiguration get(Caller caller) {
        access.require(caller, PERMISSION, null);
        return database.withHandle(h -> repository.find(h))
                .map(Stored::configuration)
                .orElse(SmtpConfiguration.none());
    }

    /** Whether a server is configured (any caller may ask, as in Octopus). */
    public boolean isConfigured(Caller caller) {
        return database.withHandle(h -> repository.find(h))
                .map(s -> s.configuration().isConfigured())
                .orElse(false);
    }

    /**
     * Replaces the configuration; a bad change is refused whole with every problem named.
     *
     * @throws io.jenkins.plugins.freight.engine.error.InvalidInputException naming every problem
     */
    public SmtpConfiguration update(Caller caller, SmtpConfigurationChange change) {
        access.require(caller, PERMISSION, null);
        return database.inTransaction(
                h -> {
                    Optional<Stored> current = repository.find(h);
                    SmtpConfigurationRules.validate(change);
                    String sealed = sealedPassword(change, current);
                    SmtpConfiguration updated =
                            new SmtpConfiguration(
                                    change.host(),
                                    change.port() != null
                                            ? change.port()
                                            : change.security().defaultPort(),
                                    change.security(),
                                    change.fromAddress(),
                                    change.username(),
                                    sealed != null,
                                    change.trustedCertificate(),
                                    change.timeout(),
                                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                                    caller.username());
                    repository.save(h, new Stored(updated, sealed));
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    null,
                                    SmtpConfiguration.ID,
                                    "SMTP configuration was changed",
                                    current.map(Stored::configuration)
                                            .orElse(SmtpConfiguration.none()),
                                    updated));
                    return updated;
                });
    }

    /**
     * The server for e-mail steps with the password unsealed, or empty when none is configured. For
     * the engine's own use: never hand the result to a caller.
     */
    public Optional<SmtpSettings> settings() {
        return database.withHandle(h -> repository.find(h))
                .filter(s -> s.configuration().isConfigured())
                .map(this::settings);
    }

    private SmtpSettings settings(Stored stored) {
        SmtpConfiguration c = stored.configuration();
        return new SmtpSettings(
                c.host(),
                c.port(),
                c.security() == SmtpSecurity.STARTTLS,
                c.security() == SmtpSecurity.TLS,
                c.fromAddress(),
                c.username(),
                stored.sealedPassword() == null ? "" : cipher.decrypt(stored.sealedPassword()),
                c.timeout(),
                c.trustedCertificate());
    }

    /** The password to store: the new one sealed, none, or the current one kept. */
    private String sealedPassword(SmtpConfigurationChange change, Optional<Stored> current) {
        if (change.username().isEmpty()) {
            return null; // no user name: no authentication, so no password to keep
        }
        if (change.password() == null) {
            return current.map(Stored::sealedPassword).orElse(null);
        }
        return change.password().isEmpty() ? null : cipher.encrypt(change.password());
    }
}
