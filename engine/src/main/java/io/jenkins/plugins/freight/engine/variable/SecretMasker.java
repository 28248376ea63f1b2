package io.jenkins.plugins.freight.engine.variable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in log text. Each secret is looked for as written and in the encodings it commonly
 * travels in (Base64 of its UTF-8 and UTF-16 bytes, URL encoding, JSON, XML and each line of a
 * multi-line secret); longer forms are replaced first, and forms shorter than {@value #MIN_LENGTH}
 * characters are left alone so that short values do not mangle the log (as Octopus, which masks
 * values longer than three characters). Immutable and thread-safe.
 */
public final class SecretMasker {

    public static final String MASK = "********";
    public static final int MIN_LENGTH = 4;

    private static final SecretMasker NONE = new SecretMasker(null);

    private final Pattern pattern;

    private SecretMasker(Pattern pattern) {
        this.pattern = pattern;
    }

    public static SecretMasker none() {
        return NONE;
    }

    public static SecretMasker of(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            addForms(forms, secret);
            for (String line : secret.split("\r?\n")) {
                if (!line.equals(secret)) {
                    addForms(forms, line.strip());
                }
            }
        }
        List<String> usable = new ArrayList<>();
        for (String form : forms) {
            if (form.length() >= MIN_LENGTH) {
                usable.add(form);
            }
        }
        if (usable.isEmpty()) {
            return NONE;
        }
        usable.sort(
                Comparator.comparingInt(String::length)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder();
        for (String form : usable) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append(Pattern.quote(form));
        }
        return new SecretMasker(Pattern.compile(regex.toString()));
    }

    private static void addForms(Set<String> forms, String secret) {
        if (secret.length() < MIN_LENGTH) {
            return;
        }
        forms.add(secret);
        forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        forms.add(
                Base64.getEncoder()
                        .withoutPadding()
                        .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_16LE)));
        forms.add(
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        forms.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.add(
                secret.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t"));
        forms.add(
                secret.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&apos;"));
    }

    /** The text with every form of every secret replaced by {@link #MASK}. */
    public String mask(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(MASK)) : text;
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    @Override
    public String toString() {
        return pattern == null ? "SecretMasker[nothing to mask]" : "SecretMasker[masking]";
    }
}
