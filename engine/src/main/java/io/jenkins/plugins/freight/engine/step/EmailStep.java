package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * {@code Octopus.Email}: sends one message over SMTP (Angus Mail) to addresses and team members
 * ({@code To}, {@code CC}, {@code Bcc} and their {@code …TeamIds}, duplicates removed), with
 * subject and body rendered as templates ({@code IsHtml} for HTML bodies, {@code Priority}
 * Low/Normal/High). Typically run with the {@code Always} condition to report the outcome.
 */
public final class EmailStep implements StepKind {

    public static final String ACTION_TYPE = "Octopus.Email";
    private static final String P = "Octopus.Action.Email.";

    @Override
    public String actionType() {
        return ACTION_TYPE;
    }

    @Override
    public boolean runsOnEngine() {
        return true;
    }

    @Override
    public StepOutcome execute(StepContext context) {
        var smtp = context.smtp();
        if (smtp.isEmpty()) {
            return StepOutcome.failed("No SMTP server is configured, so no e-mail can be sent.");
        }
        List<String> errors = new ArrayList<>();
        Set<String> to = recipients(context, "To", errors);
        Set<String> cc = recipients(context, "CC", errors);
        Set<String> bcc = recipients(context, "Bcc", errors);
        cc.removeAll(to);
        bcc.removeAll(to);
        bcc.removeAll(cc);
        String subject = context.property(P + "Subject").orElse("").trim();
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            errors.add("The e-mail has no recipients.");
        }
        if (subject.isEmpty()) {
            errors.add("The e-mail has no subject.");
        }
        if (!errors.isEmpty()) {
            return StepOutcome.failed(String.join(" ", errors));
        }
        try {
            send(smtp.get(), context, subject, to, cc, bcc);
        } catch (MessagingException e) {
            return StepOutcome.failed(
                    "Could not send the e-mail through "
                            + smtp.get().host()
                            + ":"
                            + smtp.get().port()
                            + ": "
                            + withoutPassword(
                                    smtp.get(),
                                    context.masker().apply(String.valueOf(e.getMessage()))));
        }
        context.log(
                OutputCategory.INFO,
                "Sent e-mail '" + subject + "' to " + String.join(", ", union(to, cc, bcc)) + ".");
        return StepOutcome.succeeded();
    }

    /** The server's password may come from its configuration, which the masker does not know. */
    private static String withoutPassword(SmtpSettings smtp, String text) {
        return smtp.password().isEmpty() ? text : text.replace(smtp.password(), "********");
    }

    private static void send(
            SmtpSettings smtp,
            StepContext context,
            String subject,
            Set<String> to,
            Set<String> cc,
            Set<String> bcc)
            throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(smtp.timeout().toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(smtp.timeout().toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(smtp.timeout().toMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        props.put("mail.smtp.ssl.enable", String.valueOf(smtp.ssl()));
        trust(smtp, props);
        boolean auth = !smtp.username().isEmpty();
        props.put("mail.smtp.auth", String.valueOf(auth));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.fromAddress()));
        addAll(message, Message.RecipientType.TO, to);
        addAll(message, Message.RecipientType.CC, cc);
        addAll(message, Message.RecipientType.BCC, bcc);
        message.setSubject(subject, "UTF-8");
        String body = context.property(P + "Body").orElse("");
        if (context.flag(P + "IsHtml", false)) {
            message.setText(body, "UTF-8", "html");
        } else {
            message.setText(body, "UTF-8");
        }
        String priority =
                context.property(P + "Priority").orElse("Normal").toLowerCase(Locale.ROOT);
        if (priority.equals("high")) {
            message.setHeader("X-Priority", "1");
            message.setHeader("Importance", "High");
        } else if (priority.equals("low")) {
            message.setHeader("X-Priority", "5");
            message.setHeader("Importance", "Low");
        }
        if (auth) {
            Transport.send(message, smtp.username(), smtp.password());
        } else {
            Transport.send(message);
        }
    }

    /**
     * A pinned certificate replaces the JVM's certificate authorities and the host name check;
     * otherwise TLS connections check both.
     */
    private static void trust(SmtpSettings smtp, Properties props) throws MessagingException {
        if (!smtp.trustedCertificate().isEmpty()) {
            try {
                props.put(
                        "mail.smtp.ssl.socketFactory",
                        PinnedCertificates.socketFactory(smtp.trustedCertificate()));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new MessagingException("The trusted certificate cannot be used", e);
            }
            props.put("mail.smtp.ssl.checkserveridentity", "false");
        } else {
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
    }

    private static void addAll(
            MimeMessage message, Message.RecipientType type, Set<String> addresses)
            throws MessagingException {
        for (String address : addresses) {
            message.addRecipient(type, new InternetAddress(address));
        }
    }

    private static Set<String> recipients(StepContext context, String field, List<String> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (String address : split(context.property(P + field).orElse(""))) {
            try {
                new InternetAddress(address, true);
                out.add(address);
            } catch (AddressException e) {
                errors.add("'" + address + "' is not a valid e-mail address.");
            }
        }
        for (String team : split(context.property(P + field + "TeamIds").orElse(""))) {
            List<String> addresses;
            try {
                addresses = context.teamEmailAddresses(team);
            } catch (FreightException e) {
                errors.add(e.getMessage());
                continue;
            }
            if (addresses.isEmpty()) {
                context.log(
                        OutputCategory.WARNING,
                        "Team " + team + " has no active member with an e-mail address.");
            }
            out.addAll(addresses);
        }
        return out;
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    @SafeVarargs
    private static List<String> union(Set<String>... sets) {
        List<String> out = new ArrayList<>();
        for (Set<String> set : sets) {
            out.addAll(set);
        }
        return out;
    }
}
