package io.jenkins.plugins.freight.server.smtp;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfiguration;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationChange;
import io.jenkins.plugins.freight.engine.smtp.SmtpSecurity;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Json;
import io.jenkins.plugins.freight.server.http.JsonFields;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Octopus's {@code SmtpConfigurationResource}, plus Freight's {@code Security} (None, StartTls,
 * Tls: Octopus has only the {@code EnableSsl} switch, read here as StartTls) and {@code
 * TrustedCertificate}. The password is write-only: responses carry {@code {"HasValue": true,
 * "NewValue": null}}; a request sets it with {@code NewValue} (or a plain string), keeps it by
 * leaving it out, removes it with {@code {"HasValue": false}}.
 *
 * @param timeout milliseconds, as in Octopus
 */
public record SmtpConfigurationWire(
        String id,
        String smtpHost,
        Integer smtpPort,
        String sendEmailFrom,
        String smtpLogin,
        JsonNode smtpPassword,
        Boolean enableSsl,
        String security,
        String trustedCertificate,
        Long timeout,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static SmtpConfigurationWire of(SmtpConfiguration c, Links l) {
        return new SmtpConfigurationWire(
                SmtpConfiguration.ID,
                c.host(),
                c.port(),
                c.fromAddress(),
                c.username(),
                Json.mapper()
                        .createObjectNode()
                        .put("HasValue", c.hasPassword())
                        .putNull("NewValue"),
                c.security() != SmtpSecurity.NONE,
                wireName(c.security()),
                c.trustedCertificate(),
                c.timeout().toMillis(),
                c.modifiedOn(),
                c.modifiedBy(),
                Links.of("Self", l.api("/smtpconfiguration")));
    }

    /** The change this body asks for; what it leaves out is taken from {@code current}. */
    SmtpConfigurationChange toChange(SmtpConfiguration current) {
        SmtpSecurity chosen = security(current);
        Integer port = smtpPort;
        if (port == null && chosen == current.security() && current.isConfigured()) {
            port = current.port();
        }
        return new SmtpConfigurationChange(
                smtpHost != null ? smtpHost : current.host(),
                port,
                chosen,
                sendEmailFrom != null ? sendEmailFrom : current.fromAddress(),
                smtpLogin != null ? smtpLogin : current.username(),
                password(),
                trustedCertificate != null ? trustedCertificate : current.trustedCertificate(),
                timeout != null ? Duration.ofMillis(timeout) : current.timeout());
    }

    private SmtpSecurity security(SmtpConfiguration current) {
        if (security != null) {
            return switch (security.toLowerCase(Locale.ROOT)) {
                case "none" -> SmtpSecurity.NONE;
                case "starttls" -> SmtpSecurity.STARTTLS;
                case "tls" -> SmtpSecurity.TLS;
                default ->
                        throw ApiProblem.badRequest(
                                "The property 'Security' must be one of None, StartTls, Tls.");
            };
        }
        if (enableSsl != null) {
            if (!enableSsl) {
                return SmtpSecurity.NONE;
            }
            return current.security() == SmtpSecurity.NONE
                    ? SmtpSecurity.STARTTLS
                    : current.security();
        }
        return current.security();
    }

    /** null keeps the stored password, empty removes it. */
    private String password() {
        if (smtpPassword == null || smtpPassword.isNull() || smtpPassword.isMissingNode()) {
            return null;
        }
        if (smtpPassword.isTextual()) {
            return smtpPassword.asText();
        }
        if (smtpPassword.isObject()) {
            JsonNode newValue = JsonFields.find(smtpPassword, "NewValue").orElse(null);
            if (newValue != null && newValue.isTextual()) {
                return newValue.asText();
            }
            JsonNode hasValue = JsonFields.find(smtpPassword, "HasValue").orElse(null);
            return hasValue != null && !hasValue.asBoolean(true) ? "" : null;
        }
        throw ApiProblem.badRequest(
                "The property 'SmtpPassword' must be text or an object with HasValue and"
                        + " NewValue.");
    }

    private static String wireName(SmtpSecurity security) {
        return switch (security) {
            case NONE -> "None";
            case STARTTLS -> "StartTls";
            case TLS -> "Tls";
        };
    }
}
