package io.jenkins.plugins.freight.engine.template.filter;

import java.util.function.Function;

/**
 * VersionMajor, VersionMinor, VersionPatch, VersionRevision, VersionPreRelease,
 * VersionPreReleasePrefix, VersionPreReleaseCounter, VersionMetadata. Parsing is lenient, as
 * Octopus's: an optional {@code v}, up to four numbers (missing ones are 0), a pre-release after
 * {@code -} or {@code .} and metadata after {@code +}; text that is no version at all ({@code
 * latest}) is 0.0.0.0 with that text as pre-release.
 */
final class VersionFilters {

    private VersionFilters() {}

    /** The parts of a version as text. */
    record Parts(
            String major,
            String minor,
            String patch,
            String revision,
            String preRelease,
            String metadata) {

        String preReleasePrefix() {
            int cut = separator(preRelease);
            return cut < 0 ? preRelease : preRelease.substring(0, cut);
        }

        String preReleaseCounter() {
            int cut = separator(preRelease);
            return cut < 0 ? "" : preRelease.substring(cut + 1);
        }

        private static int separator(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '_' || c == '-') {
                    return i;
                }
            }
            return -1;
        }
    }

    static void register(Filters.Registry registry) {
        registry.add("VersionMajor", part(Parts::major));
        registry.add("VersionMinor", part(Parts::minor));
        registry.add("VersionPatch", part(Parts::patch));
        registry.add("VersionRevision", part(Parts::revision));
        registry.add("VersionPreRelease", part(Parts::preRelease));
        registry.add("VersionPreReleasePrefix", part(Parts::preReleasePrefix));
        registry.add("VersionPreReleaseCounter", part(Parts::preReleaseCounter));
        registry.add("VersionMetadata", part(Parts::metadata));
    }

    private static Filter part(Function<Parts, String> part) {
        return (argument, options) -> argument == null ? null : part.apply(parse(argument.trim()));
    }

    static Parts parse(String text) {
        int plus = text.indexOf('+');
        String metadata = plus < 0 ? "" : text.substring(plus + 1);
        String rest = plus < 0 ? text : text.substring(0, plus);
        int i = rest.startsWith("v") || rest.startsWith("V") ? 1 : 0;
        String[] numbers = {"0", "0", "0", "0"};
        int count = 0;
        int start = i;
        while (count < 4) {
            int j = start;
            while (j < rest.length() && Character.isDigit(rest.charAt(j)) && rest.charAt(j) < 128) {
                j++;
            }
            if (j == start) {
                break;
            }
            numbers[count++] = number(rest.substring(start, j));
            i = j;
            if (count < 4
                    && j + 1 < rest.length()
                    && rest.charAt(j) == '.'
                    && Character.isDigit(rest.charAt(j + 1))) {
                start = j + 1;
            } else {
                break;
            }
        }
        if (count == 0) {
            i = 0;
        }
        String preRelease = rest.substring(i);
        if (count > 0 && (preRelease.startsWith("-") || preRelease.startsWith("."))) {
            preRelease = preRelease.substring(1);
        }
        return new Parts(numbers[0], numbers[1], numbers[2], numbers[3], preRelease, metadata);
    }

    private static String number(String digits) {
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return digits.substring(zeros);
    }
}
