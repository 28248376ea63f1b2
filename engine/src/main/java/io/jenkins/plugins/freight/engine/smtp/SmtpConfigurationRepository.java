package io.jenkins.plugins.freight.engine.smtp;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of the one SMTP configuration, with its password sealed. */
interface SmtpConfigurationRepository {

    /** The configuration and its sealed password (null when none), or empty before the first. */
    Optional<Stored> find(Handle handle);

    /** Inserts or replaces the configuration. */
    void save(Handle handle, Stored stored);

    record Stored(SmtpConfiguration configuration, String sealedPassword) {
        @Override
        public String toString() {
            return "Stored[" + configuration + "]";
        }
    }
}
