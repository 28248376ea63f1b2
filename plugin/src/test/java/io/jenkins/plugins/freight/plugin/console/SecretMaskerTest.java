package io.jenkins.plugins.freight.plugin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private static final String KEY = "API-ABCDEFGHIJKLMNOPQRSTUVWXYZ12";

    @Test
    void apiKeyEchoedByTheServerIsMaskedInEveryForm() {
        SecretMasker masker = SecretMasker.of(List.of(KEY, "p+ss/word"));

        assertThat(masker.mask("Invalid key " + KEY + " for user"))
                .isEqualTo("Invalid key **** for user");
        assertThat(masker.mask("GET /api?apikey=p%2Bss%2Fword")).isEqualTo("GET /api?apikey=****");
        assertThat(masker.mask("{\"k\":\"p+ss/word\"}")).doesNotContain("p+ss/word");
        assertThat(masker.mask("nothing secret")).isEqualTo("nothing secret");
    }

    @Test
    void longestFormWinsSoNoPartOfALongerSecretLeaks() {
        SecretMasker masker = SecretMasker.of(List.of("secret", "secret-and-more"));

        assertThat(masker.mask("x secret-and-more y")).isEqualTo("x **** y");
    }

    @Test
    void veryShortSecretsDoNotMangleTheLog() {
        SecretMasker masker = SecretMasker.of(List.of("a", "", "ab"));

        assertThat(masker.mask("a banana")).isEqualTo("a banana");
        assertThat(masker.toString()).doesNotContain("ab");
    }
}
