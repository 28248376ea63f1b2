package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a release number from a project's version template, as Octopus does: the template is
 * rendered with the {@code Octopus.Version.*}, {@code Octopus.Release.Channel.Name}, {@code
 * Octopus.Date.*} and {@code Octopus.Time.*} variables (plus the project's own unscoped or
 * channel-scoped variables), and when the result is a mask such as {@code 1.2.i} the mask is
 * applied to the newest release it matches.
 *
 * <p>Precisely: "last" is the highest version (by version order, not by date) among the project's
 * releases, or the channel's for {@code Octopus.Version.Channel.*}; with none, every Last part is 0
 * and the suffix empty. Major, Minor, Patch are the first three numeric parts; Build is a synonym
 * of Patch (Octopus's .NET naming), Revision the fourth; Next is Last plus one. Suffix is the
 * pre-release with its leading hyphen ({@code -beta.2}), or empty; NextSuffix equals LastSuffix.
 * Dates and times are in the time zone of the clock given (UTC on a server).
 */
final class VersionTemplate {

    /** The template of a project that sets none (Octopus's default). */
    static final String DEFAULT =
            "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}";

    private VersionTemplate() {}

    /**
     * What the template needs to know about existing releases and the moment.
     *
     * @param channelName the channel the release is created in
     * @param lastInProject highest release version of the project
     * @param lastInChannel highest release version of the channel
     * @param lastByChannelName highest version per channel name of the project (for {@code
     *     Octopus.Version.Channel[Name].*})
     * @param now the clock reading for dates and times
     * @param projectVariables the project's variables that apply (names to values); never sensitive
     *     ones
     */
    record Context(
            String channelName,
            Optional<OctopusVersion> lastInProject,
            Optional<OctopusVersion> lastInChannel,
            Map<String, Optional<OctopusVersion>> lastByChannelName,
            ZonedDateTime now,
            Map<String, String> projectVariables) {

        Context {
            lastByChannelName = Map.copyOf(lastByChannelName);
            projectVariables = Map.copyOf(projectVariables);
        }
    }

    /** Renders a template's text with variables (the template language's evaluator). */
    @FunctionalInterface
    interface Renderer {
        String render(String template, Map<String, String> variables);
    }

    /**
     * Computes the version.
     *
     * @param template the project's template, or null/blank for {@link #DEFAULT}
     * @param latestWithPrefix the highest release version of the project whose leading numeric
     *     parts are the given ones (for masks)
     * @throws InvalidInputException when the template does not produce a valid version
     */
    static OctopusVersion resolve(
            String template,
            Context context,
            Renderer renderer,
            Function<long[], Optional<OctopusVersion>> latestWithPrefix) {
        String effective = template == null || template.isBlank() ? DEFAULT : template.strip();
        String rendered = renderer.render(effective, variables(context)).strip();
        Optional<VersionMask> mask = VersionMask.parse(rendered);
        if (mask.isPresent()) {
            return mask.get().apply(latestWithPrefix.apply(mask.get().fixedPrefix()));
        }
        return OctopusVersion.tryParse(rendered)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "The project's release version template produced '"
                                                + rendered
                                                + "', which is not a valid version.",
                                        List.of(
                                                "Set a version explicitly or fix the template '"
                                                        + effective
                                                        + "'.")));
    }

    private static final java.util.regex.Pattern BLOCK =
            java.util.regex.Pattern.compile("#\\{([^}]*)}");
    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]-]*");
    private static final java.util.Set<String> KEYWORDS =
            java.util.Set.of("if", "unless", "else", "elseif", "each", "in", "calc");

    /**
     * Whether the template names only {@code Octopus.*} variables (so the project's variables need
     * not be read). Errs towards false: filters and anything unusual count as other names.
     */
    static boolean usesOnlyBuiltIns(String template) {
        String effective = template == null || template.isBlank() ? DEFAULT : template;
        java.util.regex.Matcher block = BLOCK.matcher(effective);
        while (block.find()) {
            String inside = block.group(1).strip();
            if (inside.startsWith("/")) {
                continue;
            }
            java.util.regex.Matcher word = WORD.matcher(inside);
            while (word.find()) {
                String w = word.group();
                if (!KEYWORDS.contains(w) && !w.startsWith("Octopus.")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every variable a template may use, project variables first so built-ins win. */
    static Map<String, String> variables(Context context) {
        Map<String, String> vars = new LinkedHashMap<>(context.projectVariables());
        addVersion(vars, "Octopus.Version.", context.lastInProject());
        addVersion(vars, "Octopus.Version.Channel.", context.lastInChannel());
        context.lastByChannelName()
                .forEach(
                        (name, last) ->
                                addVersion(vars, "Octopus.Version.Channel[" + name + "].", last));
        vars.put("Octopus.Release.Channel.Name", context.channelName());
        ZonedDateTime now = context.now();
        vars.put("Octopus.Date.Day", Integer.toString(now.getDayOfMonth()));
        vars.put("Octopus.Date.Month", Integer.toString(now.getMonthValue()));
        vars.put("Octopus.Date.Year", Integer.toString(now.getYear()));
        vars.put("Octopus.Date.DayOfYear", Integer.toString(now.getDayOfYear()));
        vars.put("Octopus.Time.Hour", Integer.toString(now.getHour()));
        vars.put("Octopus.Time.Minute", Integer.toString(now.getMinute()));
        vars.put("Octopus.Time.Second", Integer.toString(now.getSecond()));
        return vars;
    }

    private static void addVersion(
            Map<String, String> vars, String prefix, Optional<OctopusVersion> last) {
        long major = last.map(OctopusVersion::major).orElse(0L);
        long minor = last.map(OctopusVersion::minor).orElse(0L);
        long patch = last.map(OctopusVersion::patch).orElse(0L);
        long revision = last.map(OctopusVersion::revision).orElse(0L);
        String suffix =
                last.filter(OctopusVersion::isPreRelease).map(v -> "-" + v.preRelease()).orElse("");
        put(vars, prefix, "Major", major);
        put(vars, prefix, "Minor", minor);
        put(vars, prefix, "Patch", patch);
        put(vars, prefix, "Build", patch);
        put(vars, prefix, "Revision", revision);
        vars.put(prefix + "LastSuffix", suffix);
        vars.put(prefix + "NextSuffix", suffix);
    }

    private static void put(Map<String, String> vars, String prefix, String part, long last) {
        vars.put(prefix + "Last" + part, Long.toString(last));
        vars.put(prefix + "Next" + part, Long.toString(last + 1));
    }
}
