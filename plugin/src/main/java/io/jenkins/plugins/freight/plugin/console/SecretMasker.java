package io.jenkins.plugins.freight.plugin.console;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text with {@code ****}: each secret as written, URL-encoded and JSON-escaped,
 * longest forms first, so a server that echoes the API key in any of those forms never gets it into
 * the build log. Secrets shorter than three characters are left alone (masking them would mangle
 * the log without hiding anything).
 */
public final class SecretMasker implements Serializable {

    public static final String MASK = "****";
    private static final int MIN_LENGTH = 3;

    private final Pattern pattern;

    private SecretMasker(Pattern pattern) {
        this.pattern = pattern;
    }

    public static SecretMasker of(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.length() < MIN_LENGTH) {
                continue;
            }
            forms.add(secret);
            forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
        }
        if (forms.isEmpty()) {
            return none();
        }
        String alternatives =
                forms.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .reduce((a, b) -> a + "|" + b)
                        .orElseThrow();
        return new SecretMasker(Pattern.compile(alternatives));
    }

    public static SecretMasker none() {
        return new SecretMasker(null);
    }

    public String mask(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    @Override
    public String toString() {
        return "SecretMasker[" + (pattern == null ? "none" : MASK) + "]";
    }
}
