package io.jenkins.plugins.freight.engine.smtp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link SmtpConfigurationRepository} on the one-row {@code smtp_configuration} table. */
final class JdbcSmtpConfigurationRepository implements SmtpConfigurationRepository {

    @Override
    public Optional<Stored> find(Handle handle) {
        return handle.createQuery(
                        "SELECT host, port, security, from_address, username, password_sealed,"
                                + " trusted_certificate, timeout_seconds, modified_on, modified_by"
                                + " FROM smtp_configuration WHERE id = :id")
                .bind("id", SmtpConfiguration.ID)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public void save(Handle handle, Stored stored) {
        handle.createUpdate("DELETE FROM smtp_configuration WHERE id = :id")
                .bind("id", SmtpConfiguration.ID)
                .execute();
        SmtpConfiguration c = stored.configuration();
        handle.createUpdate(
                        "INSERT INTO smtp_configuration (id, host, port, security, from_address,"
                                + " username, password_sealed, trusted_certificate,"
                                + " timeout_seconds, modified_on, modified_by) VALUES (:id, :host,"
                                + " :port, :security, :from, :username, :password, :certificate,"
                                + " :timeout, :modifiedOn, :modifiedBy)")
                .bind("id", SmtpConfiguration.ID)
                .bind("host", c.host())
                .bind("port", c.port())
                .bind("security", c.security().name())
                .bind("from", c.fromAddress())
                .bind("username", c.username())
                .bind("password", stored.sealedPassword())
                .bind("certificate", c.trustedCertificate())
                .bind("timeout", (int) c.timeout().toSeconds())
                .bind("modifiedOn", c.modifiedOn())
                .bind("modifiedBy", c.modifiedBy())
                .execute();
    }

    private static Stored map(ResultSet rs) throws SQLException {
        String sealed = rs.getString("password_sealed");
        Timestamp modified = rs.getTimestamp("modified_on");
        return new Stored(
                new SmtpConfiguration(
                        rs.getString("host"),
                        rs.getInt("port"),
                        SmtpSecurity.valueOf(rs.getString("security")),
                        rs.getString("from_address"),
                        rs.getString("username"),
                        sealed != null,
                        rs.getString("trusted_certificate"),
                        Duration.ofSeconds(rs.getInt("timeout_seconds")),
                        modified == null ? null : modified.toInstant(),
                        rs.getString("modified_by")),
                sealed);
    }
}
