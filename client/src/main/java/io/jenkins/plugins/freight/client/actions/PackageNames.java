package io.jenkins.plugins.freight.client.actions;

import java.util.regex.Pattern;

/**
 * The shapes of package ids and versions that the Octopus built-in feed accepts in a file name
 * ({@code <id>.<version>.<ext>}): ids of letters, digits, dots, dashes and underscores; versions of
 * one to four numbers with an optional pre-release tag and build metadata.
 */
final class PackageNames {

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$");
    private static final Pattern VERSION =
            Pattern.compile(
                    "^\\d+(\\.\\d+){0,3}(-[0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*)?(\\+[0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*)?$");

    private PackageNames() {}

    static void requireValidId(String id) {
        if (id == null || !ID.matcher(id).matches() || id.endsWith(".") || id.contains("..")) {
            throw new InvalidActionInputException(
                    "The package id '"
                            + id
                            + "' is invalid; use letters, digits, '.', '-' and '_'.");
        }
    }

    static void requireValidVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new InvalidActionInputException(
                    "The version '"
                            + version
                            + "' is invalid; use numbers such as 1.2.3 with an optional"
                            + " pre-release tag such as 1.2.3-beta.1.");
        }
    }
}
