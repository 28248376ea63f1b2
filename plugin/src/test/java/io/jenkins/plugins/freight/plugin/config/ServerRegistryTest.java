package io.jenkins.plugins.freight.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.plugin.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRegistryTest {

    private static final ServerDefinition EMBEDDED =
            new ServerDefinition.Embedded("embedded", null);
    private static final ServerDefinition PROD =
            new ServerDefinition.Remote(
                    "prod", "https://deploy.example.com", "prod-key", "Default", true, null, false);

    @Test
    void stepWithoutServerIdUsesTheDefault() {
        var registry = new ServerRegistry(List.of(EMBEDDED, PROD), "prod");

        assertThat(registry.resolve(null)).isEqualTo(PROD);
        assertThat(registry.resolve(" embedded ")).isEqualTo(EMBEDDED);
    }

    @Test
    void theOnlyServerNeedsNoDefault() {
        assertThat(new ServerRegistry(List.of(EMBEDDED), null).resolve("")).isEqualTo(EMBEDDED);
    }

    @Test
    void unknownOrMissingServersAreClearErrors() {
        var registry = new ServerRegistry(List.of(EMBEDDED, PROD), null);

        assertThatThrownBy(() -> registry.resolve("staging"))
                .hasMessage(Messages.Servers_Unknown("staging", "embedded, prod"));
        assertThatThrownBy(() -> registry.resolve(null)).hasMessage(Messages.Servers_NoDefault());
        assertThatThrownBy(() -> new ServerRegistry(List.of(), null).resolve("x"))
                .hasMessage(Messages.Servers_NoneConfigured());
    }

    @Test
    void duplicateOrInvalidIdsAndAnUnknownDefaultAreReported() {
        var registry =
                new ServerRegistry(
                        List.of(
                                EMBEDDED,
                                new ServerDefinition.Embedded("embedded", null),
                                new ServerDefinition.Embedded("bad id!", null)),
                        "nowhere");

        assertThat(registry.problems())
                .containsExactlyInAnyOrder(
                        Messages.Servers_Duplicate("embedded"),
                        Messages.Servers_IdInvalid(),
                        Messages.Servers_DefaultUnknown("nowhere"));
        assertThat(new ServerRegistry(List.of(EMBEDDED, PROD), "prod").problems()).isEmpty();
    }
}
