package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.SmtpSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SMTP server e-mail steps send through, read from the deployment's variables (typically a
 * library variable set that projects include, with the password sensitive). A deployment without
 * {@value #HOST} has no SMTP server, and its e-mail steps fail saying so.
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

    /**
     * The settings, or empty when no host is set.
     *
     * @param variables a variable's evaluated value by name, or null when absent
     * @throws InvalidInputException naming the variable whose value is not usable
     */
    static Optional<SmtpSettings> from(UnaryOperator<String> variables) {
        String host = text(variables, HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean ssl = flag(variables, SSL);
        int port = number(variables, PORT, ssl ? 465 : 25);
        if (port < 1 || port > 65535) {
            throw new InvalidInputException(PORT + " must be between 1 and 65535.");
        }
        String from = text(variables, FROM);
        return Optional.of(
                new SmtpSettings(
                        host,
                        port,
                        flag(variables, START_TLS),
                        ssl,
                        from.isEmpty() ? "freight@" + host : from,
                        text(variables, USERNAME),
                        text(variables, PASSWORD),
                        Duration.ofSeconds(Math.max(1, number(variables, TIMEOUT, 30)))));
    }

    private static String text(UnaryOperator<String> variables, String name) {
        String value = variables.apply(name);
        return value == null ? "" : value.strip();
    }

    private static boolean flag(UnaryOperator<String> variables, String name) {
        return text(variables, name).equalsIgnoreCase("true");
    }

    private static int number(UnaryOperator<String> variables, String name, int fallback) {
        String value = text(variables, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number.");
        }
    }
}
