package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A package file name by Octopus rules: {@code <id>.<version>.<ext>}, e.g. {@code
 * Acme.Web.2.1.0-beta.1.zip} is package {@code Acme.Web}, version {@code 2.1.0-beta.1}, extension
 * {@code .zip}.
 *
 * <ul>
 *   <li>The extension is one of {@link #EXTENSIONS}, matched ignoring case, longest first (so
 *       {@code .tar.gz} wins over a bare {@code .gz}).
 *   <li>The version is the first dot-separated suffix of the rest that is a valid {@link
 *       OctopusVersion}; everything before it is the package id. Ids may contain dots and digits.
 *   <li>A package id is letters, digits and underscores in segments joined by {@code .}, {@code -}
 *       or {@code _}, at most {@link #MAX_ID_LENGTH} characters.
 *   <li>Names with path separators, {@code ..}, control characters or longer than {@link
 *       #MAX_FILE_NAME_LENGTH} are refused before anything else.
 * </ul>
 *
 * @param packageId the id as written in the name
 * @param version the version as written in the name
 * @param extension the extension in lower case, with its leading dot
 */
public record PackageFileName(String packageId, OctopusVersion version, String extension) {

    /** Supported package extensions, longest first. */
    public static final List<String> EXTENSIONS =
            List.of(".tar.bz2", ".tar.gz", ".nupkg", ".zip", ".tgz", ".tar", ".jar", ".war");

    public static final String NUPKG = ".nupkg";
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_FILE_NAME_LENGTH = 400;

    /** The canonical file name, {@code <id>.<version>.<ext>}. */
    public String fileName() {
        return packageId + "." + version + extension;
    }

    /**
     * Parses a file name.
     *
     * @throws InvalidInputException when the name is unsafe, has an unsupported extension, or does
     *     not contain a package id followed by a version
     */
    public static PackageFileName parse(String fileName) {
        String extension = extensionOf(fileName);
        String stem = fileName.substring(0, fileName.length() - extension.length());
        PackageCoordinates coordinates =
                PackageCoordinates.find(stem)
                        .orElseThrow(
                                () ->
                                        invalid(
                                                "The file name '"
                                                        + fileName
                                                        + "' does not contain a package id and"
                                                        + " version, as in MyPackage.1.0.0"
                                                        + extension
                                                        + "."));
        return new PackageFileName(coordinates.packageId(), coordinates.version(), extension);
    }

    /** The package id and version this name stands for. */
    public PackageCoordinates coordinates() {
        return new PackageCoordinates(packageId, version);
    }

    /** Parses a file name, or returns empty when it breaks a rule. Never throws. */
    public static Optional<PackageFileName> tryParse(String fileName) {
        try {
            return Optional.of(parse(fileName));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks that the name is a safe, plain file name with a supported extension and returns that
     * extension (lower case, with its dot).
     */
    public static String extensionOf(String fileName) {
        checkSafe(fileName);
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return extension;
            }
        }
        throw invalid(
                "The file '"
                        + fileName
                        + "' is not a supported package: use one of "
                        + String.join(", ", EXTENSIONS)
                        + ".");
    }

    /** Checks a package id against the Octopus rules. */
    public static void checkPackageId(String id) {
        if (id == null || id.isEmpty()) {
            throw invalid("A package id is required.");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw invalid("The package id is longer than " + MAX_ID_LENGTH + " characters.");
        }
        boolean previousWasSeparator = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean word = isWordChar(c);
            boolean separator = c == '.' || c == '-';
            if (!word && !separator) {
                throw invalid(
                        "The package id '"
                                + printable(id)
                                + "' may contain only letters, digits, '.', '-' and '_'.");
            }
            if (separator && previousWasSeparator) {
                throw invalid(
                        "The package id '"
                                + printable(id)
                                + "' must start with a letter or digit and may not have two"
                                + " separators in a row.");
            }
            previousWasSeparator = separator;
        }
        if (previousWasSeparator) {
            throw invalid(
                    "The package id '" + printable(id) + "' must end with a letter or digit.");
        }
    }

    private static void checkSafe(String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            throw invalid("A package file name is required.");
        }
        if (fileName.length() > MAX_FILE_NAME_LENGTH) {
            throw invalid(
                    "The package file name is longer than "
                            + MAX_FILE_NAME_LENGTH
                            + " characters.");
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (Character.isISOControl(c)) {
                throw invalid("The package file name contains a control character.");
            }
            if (c == '/' || c == '\\' || c == ':') {
                throw invalid(
                        "The package file name '"
                                + fileName
                                + "' must be a plain file name, without a path.");
            }
        }
        if (fileName.startsWith(".") || fileName.contains("..")) {
            throw invalid(
                    "The package file name '"
                            + fileName
                            + "' must not start with '.' or contain '..'.");
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_';
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && i < 120; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return s.length() > 120 ? b + "…" : b.toString();
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(message, List.of(message));
    }
}
