package io.jenkins.plugins.freight.engine.variable;

import static io.jenkins.plugins.freight.engine.variable.SecretMasker.MASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets are hidden in every common encoding, longest first, short ones left alone. */
class SecretMaskerTest {

    private static final String SECRET = "p@ss w0rd/+=";

    @Test
    void theSecretIsMaskedWhereverItAppears() {
        SecretMasker masker = SecretMasker.of(List.of(SECRET));
        assertThat(masker.mask("a " + SECRET + " b " + SECRET))
                .isEqualTo("a " + MASK + " b " + MASK);
    }

    @Test
    void encodedFormsAreMaskedToo() {
        SecretMasker masker = SecretMasker.of(List.of(SECRET));
        String base64 = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
        String unicode =
                Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_16LE));
        String url = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        for (String form :
                List.of(
                        base64,
                        unicode,
                        url,
                        url.replace("+", "%20"),
                        "p@ss w0rd\\/+=".replace("\\/", "/"))) {
            assertThat(masker.mask("x=" + form + ";")).doesNotContain(form).contains(MASK);
        }
        assertThat(masker.mask("{\"pw\":\"a\\\"b\\\\c\"}")).isEqualTo("{\"pw\":\"a\\\"b\\\\c\"}");
        SecretMasker json = SecretMasker.of(List.of("a\"b\\c-long"));
        assertThat(json.mask("{\"pw\":\"a\\\"b\\\\c-long\"}"))
                .isEqualTo("{\"pw\":\"" + MASK + "\"}");
    }

    @Test
    void longerSecretsAreReplacedBeforeShorterOnesTheyContain() {
        SecretMasker masker = SecretMasker.of(List.of("abcd", "abcdefgh"));
        assertThat(masker.mask("abcdefgh")).isEqualTo(MASK);
        assertThat(masker.mask("abcd-efgh")).isEqualTo(MASK + "-efgh");
    }

    @Test
    void maskingOfVeryShortSecretsDoesNotMangleOutput() {
        SecretMasker masker = SecretMasker.of(List.of("a", "ab", "abc"));
        assertThat(masker.isEmpty()).isTrue();
        assertThat(masker.mask("a cab abc")).isEqualTo("a cab abc");
    }

    @Test
    void eachLineOfAMultiLineSecretIsMasked() {
        SecretMasker masker =
                SecretMasker.of(List.of("-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----"));
        assertThat(masker.mask("line: AAAABBBBCCCC")).isEqualTo("line: " + MASK);
    }

    @Test
    void regularExpressionCharactersInSecretsAreLiteral() {
        SecretMasker masker = SecretMasker.of(List.of("a.*b(c)$"));
        assertThat(masker.mask("xa.*b(c)$y aXXb(c)")).isEqualTo("x" + MASK + "y aXXb(c)");
    }

    @Test
    void toStringNeverShowsASecret() {
        assertThat(SecretMasker.of(List.of(SECRET)).toString()).doesNotContain(SECRET);
    }
}
