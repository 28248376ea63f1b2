package io.jenkins.plugins.freight.engine.template.filter;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VersionMajor, VersionMinor, VersionPatch, VersionRevision, VersionPreRelease,
 * VersionPreReleasePrefix, VersionPreReleaseCounter, VersionMetadata. Parsing is lenient, as
 * Octopus's: an optional {@code v}, up to four numbers (missing ones are 0), a pre-release after
 * {@code -} or {@code .} and metadata after {@code +}; text that is no version at all ({@code
 * latest}) is 0.0.0.0 with that text as pre-release.
 */
final class VersionFilters {

    private static final Pattern VERSION =
            Pattern.compile(
                    "^(?:[vV]?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?)?"
                            + "(?:[-.]?([^+]*))?(?:\\+(.*))?$",
                    Pattern.DOTALL);
    private static final Pattern PRE_RELEASE =
            Pattern.compile("^([^._-]*)(?:[._-](.*))?$", Pattern.DOTALL);

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
            Matcher m = PRE_RELEASE.matcher(preRelease);
            return m.matches() ? m.group(1) : preRelease;
        }

        String preReleaseCounter() {
            Matcher m = PRE_RELEASE.matcher(preRelease);
            return m.matches() && m.group(2) != null ? m.group(2) : "";
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
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            return new Parts("0", "0", "0", "0", text, "");
        }
        return new Parts(
                number(m.group(1)),
                number(m.group(2)),
                number(m.group(3)),
                number(m.group(4)),
                m.group(5) == null ? "" : m.group(5),
                m.group(6) == null ? "" : m.group(6));
    }

    private static String number(String digits) {
        if (digits == null) {
            return "0";
        }
        String stripped = digits.replaceFirst("^0+(?=\\d)", "");
        return stripped;
    }
}
