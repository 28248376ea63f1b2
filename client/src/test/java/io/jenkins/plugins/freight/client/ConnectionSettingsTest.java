package io.jenkins.plugins.freight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void trailingSlashesAndApiAreStrippedFromTheServerUrl() {
        assertThat(ConnectionSettings.of("https://deploy.example.com/api/", "k").serverUrl())
                .hasToString("https://deploy.example.com");
        assertThat(ConnectionSettings.of("http://host:8065/octopus/API", "k").serverUrl())
                .hasToString("http://host:8065/octopus");
        assertThat(ConnectionSettings.of("http://host:8065", "k").serverUrl())
                .hasToString("http://host:8065");
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> ConnectionSettings.of("https://bob:hunter2@example.com", "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "The server URL must not contain credentials; pass the API key separately.")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anAddressWithoutHttpIsRefused() {
        assertThatThrownBy(() -> ConnectionSettings.of("ftp://example.com", "k"))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ConnectionSettings.of(" ", "k"))
                .hasMessage("The server URL is missing.");
    }

    @Test
    void toStringNeverShowsTheApiKeyOrProxyPassword() {
        ConnectionSettings settings =
                ConnectionSettings.of("https://example.com", "API-SECRETSECRETSECRET")
                        .withProxy(new ProxySettings("proxy", 3128, "me", "pw-secret"));
        assertThat(settings.toString())
                .doesNotContain("API-SECRETSECRETSECRET")
                .doesNotContain("pw-secret")
                .contains("apiKey=****");
    }

    @Test
    void retryDelaysGrowExponentiallyWithJitterAndStayBounded() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1));
        SplittableRandom random = new SplittableRandom(7);
        assertThat(policy.delayBefore(1, random)).isZero();
        assertThat(policy.delayBefore(2, random))
                .isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(policy.delayBefore(3, random))
                .isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(policy.delayBefore(4, random))
                .isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        for (int attempt = 5; attempt < 80; attempt++) {
            assertThat(policy.delayBefore(attempt, random))
                    .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        }
    }

    @Test
    void aRetryPolicyWithoutAttemptsIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessage("maxAttempts must be at least 1");
    }
}
