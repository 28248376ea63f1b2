package io.jenkins.plugins.freight.server.smtp;

import io.jenkins.plugins.freight.engine.smtp.SmtpConfiguration;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /api/smtpconfiguration}: the SMTP server e-mail steps send through (read and changed with
 * ConfigureServer), and {@code /api/smtpconfiguration/isconfigured}, which anyone signed in may
 * ask, as in Octopus.
 */
public final class SmtpConfigurationResource {

    private final SmtpConfigurationService smtp;

    public SmtpConfigurationResource(SmtpConfigurationService smtp) {
        this.smtp = smtp;
    }

    public void register(Router router) {
        Router.Scope system = Router.Scope.SYSTEM;
        router.get(system, "smtpconfiguration", this::get)
                .put(system, "smtpconfiguration", this::update)
                .get(system, "smtpconfiguration/isconfigured", this::isConfigured);
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(SmtpConfigurationWire.of(smtp.get(r.caller()), r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        SmtpConfiguration current = smtp.get(r.caller());
        SmtpConfigurationWire body = r.body(SmtpConfigurationWire.class);
        return Reply.ok(
                SmtpConfigurationWire.of(
                        smtp.update(r.caller(), body.toChange(current)), r.links()));
    }

    private Reply isConfigured(ApiRequest r) {
        return Reply.ok(Map.of("IsConfigured", smtp.isConfigured(r.caller())));
    }
}
