package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SMTP server e-mail steps send through: the server's SMTP configuration, overridden by the
 * deployment's {@code Freight.Smtp.*} variables (typically a library variable set that projects
 * include, with the password sensitive).
 *
 * <p>Variables that name the configured host (or no host) override the configuration one setting at
 * a time. Variables that name another host replace it whole: the configured credentials and trusted
 * certificate are never sent to a server a project chose. Without a configured server and without
 * {@value #HOST} there is no SMTP server, and e-mail steps fail saying so.
 */
final class SmtpVariables {

    static final String HOST = "Freight.Smtp.Host";
    static final String PORT = "Freight.Smtp.Port";
    static final String START_TLS = "Freight.Smtp.StartTls";
    static final String SSL = "Freight.Smtp.EnableSsl";
    static final String FROM = "Freight.Smtp.From";
    static final String USERNAME = "Freight.Smtp.Username";
    static final String PASSWORD = "Freight.Smtp.Password";
    static final String TIMEOUT = "Freight.Smtp.TimeoutSeconds";

    private SmtpVariables() {}

    /** The settings from variables alone, or empty when no host is set. */
    static Optional<SmtpSettings> from(UnaryOperator<String> variables) {
        return from(variables, Optional.empty());
    }

    /**
     * The server's configuration with the variables' overrides, or empty when neither names a host.
     *
     * @param variables a variable's evaluated value by name, or null when absent
     * @param configured the server's SMTP configuration, if any
     * @throws InvalidInputException naming the variable whose value is not usable
     */
    static Optional<SmtpSettings> from(
            UnaryOperator<String> variables, Optional<SmtpSettings> configured) {
        String host = text(variables, HOST);
        Optional<SmtpSettings> base =
                configured.filter(
                        c ->
                                host.isEmpty()
                                        || c.host()
                                                .toLowerCase(Locale.ROOT)
                                                .equals(host.toLowerCase(Locale.ROOT)));
        if (host.isEmpty() && base.isEmpty()) {
            return Optional.empty();
        }
        boolean ssl = flag(variables, SSL).orElse(base.map(SmtpSettings::ssl).orElse(false));
        int port =
                number(variables, PORT).orElse(base.map(SmtpSettings::port).orElse(ssl ? 465 : 25));
        if (port < 1 || port > 65535) {
            throw new InvalidInputException(PORT + " must be between 1 and 65535.");
        }
        String effectiveHost = host.isEmpty() ? base.get().host() : host;
        String from =
                optionalText(variables, FROM)
                        .orElse(base.map(SmtpSettings::fromAddress).orElse(""));
        int timeout =
                number(variables, TIMEOUT)
                        .orElse(base.map(b -> (int) b.timeout().toSeconds()).orElse(30));
        return Optional.of(
                new SmtpSettings(
                        effectiveHost,
                        port,
                        flag(variables, START_TLS)
                                .orElse(base.map(SmtpSettings::startTls).orElse(false)),
                        ssl,
                        from.isEmpty() ? "freight@" + effectiveHost : from,
                        optionalText(variables, USERNAME)
                                .orElse(base.map(SmtpSettings::username).orElse("")),
                        optionalText(variables, PASSWORD)
                                .orElse(base.map(SmtpSettings::password).orElse("")),
                        Duration.ofSeconds(Math.max(1, timeout)),
                        base.map(SmtpSettings::trustedCertificate).orElse("")));
    }

    private static String text(UnaryOperator<String> variables, String name) {
        String value = variables.apply(name);
        return value == null ? "" : value.strip();
    }

    /** A variable that is set to something (an empty value does not override). */
    private static Optional<String> optionalText(UnaryOperator<String> variables, String name) {
        String value = text(variables, name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Boolean> flag(UnaryOperator<String> variables, String name) {
        return optionalText(variables, name).map(v -> v.equalsIgnoreCase("true"));
    }

    private static Optional<Integer> number(UnaryOperator<String> variables, String name) {
        Optional<String> value = optionalText(variables, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number.");
        }
    }
}
