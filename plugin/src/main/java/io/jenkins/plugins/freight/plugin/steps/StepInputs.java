package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.DurationText;
import io.jenkins.plugins.freight.client.actions.InvalidActionInputException;
import io.jenkins.plugins.freight.client.actions.PackageFormat;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import io.jenkins.plugins.freight.plugin.Messages;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the text fields of the steps (already {@code ${VAR}}-expanded) into the values the
 * pipeline actions take. Every bad value is an {@link InvalidStepInputException} with one sentence.
 */
public final class StepInputs {

    private StepInputs() {}

    /** Items separated by new lines or commas, trimmed, blanks dropped: "Dev, Test" or lines. */
    public static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n,]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Items separated by new lines only (patterns and package specs may contain commas). */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * {@code Name=Value} lines (Java-properties style without escapes); {@code #} starts a comment.
     */
    public static Map<String, String> variables(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : lines(text)) {
            if (line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidStepInputException(Messages.Step_InvalidVariable(line));
            }
            variables.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return variables;
    }

    /** A timeout ({@code 90s}, {@code 10m}, {@code 1h30m}, {@code 36:00:00}); blank means none. */
    public static Duration timeout(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DurationText.parse(text);
        } catch (InvalidActionInputException e) {
            throw new InvalidStepInputException(Messages.Step_InvalidDuration(text.strip()));
        }
    }

    /** An overwrite mode; blank means fail if the package exists. */
    public static OverwriteMode overwriteMode(String text) {
        if (text == null || text.isBlank()) {
            return OverwriteMode.FAIL_IF_EXISTS;
        }
        try {
            return OverwriteMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidStepInputException(Messages.Step_InvalidOverwriteMode(text.strip()));
        }
    }

    /** A package format; blank means zip. */
    public static PackageFormat format(String text) {
        if (text == null || text.isBlank()) {
            return PackageFormat.ZIP;
        }
        try {
            return PackageFormat.parse(text);
        } catch (IllegalArgumentException | InvalidActionInputException e) {
            throw new InvalidStepInputException(Messages.Step_InvalidFormat(text.strip()));
        }
    }

    /**
     * The text, trimmed; a required one must not be blank ({@code field}: the step's field name).
     */
    public static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidStepInputException(Messages.Step_FieldRequired(field));
        }
        return text.strip();
    }

    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
