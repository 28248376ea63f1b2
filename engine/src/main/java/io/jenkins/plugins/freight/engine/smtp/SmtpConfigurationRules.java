package io.jenkins.plugins.freight.engine.smtp;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.PinnedCertificates;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a usable SMTP configuration looks like; every problem is named at once. */
final class SmtpConfigurationRules {

    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private SmtpConfigurationRules() {}

    static void validate(SmtpConfigurationChange change) {
        List<String> errors = new ArrayList<>();
        String host = change.host();
        if (host.length() > 500 || host.chars().anyMatch(Character::isWhitespace)) {
            errors.add("Host must be a host name or address without spaces.");
        }
        if (change.port() != null && (change.port() < 1 || change.port() > 65535)) {
            errors.add("Port must be between 1 and 65535.");
        }
        if (!host.isEmpty()) {
            if (change.fromAddress().isEmpty()) {
                errors.add("The sender address (From) is required.");
            } else {
                try {
                    new InternetAddress(change.fromAddress(), true);
                } catch (AddressException e) {
                    errors.add(
                            "The sender address '"
                                    + change.fromAddress()
                                    + "' is not a valid e-mail address.");
                }
            }
        }
        if (change.username().isEmpty()
                && change.password() != null
                && !change.password().isEmpty()) {
            errors.add("A password needs a user name.");
        }
        if (change.username().length() > 500) {
            errors.add("The user name must be at most 500 characters.");
        }
        if (!change.trustedCertificate().isEmpty()) {
            try {
                PinnedCertificates.parse(change.trustedCertificate());
            } catch (IllegalArgumentException e) {
                errors.add("The trusted certificate is not a PEM certificate.");
            }
        }
        if (change.timeout().isNegative()
                || change.timeout().toSeconds() < 1
                || change.timeout().compareTo(MAX_TIMEOUT) > 0) {
            errors.add("The timeout must be between 1 second and 10 minutes.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The SMTP configuration is not valid.", errors);
        }
    }
}
