package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelRule;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.PackageCoordinates;
import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jdbi.v3.core.Handle;

/**
 * Chooses the version of every package a release pins: the version the request names, else the
 * newest version in the built-in feed that satisfies the channel's version rule for that package
 * (and the request's pre-release pattern). Explicit versions must exist in the built-in feed and,
 * unless the rules are ignored, satisfy the rule. Every problem is reported at once.
 */
final class PackagePicker {

    private final FeedService feed;

    PackagePicker(FeedService feed) {
        this.feed = feed;
    }

    /** The packages of the enabled actions that run in the channel, in process order. */
    static List<PackageSlot> slots(DeploymentProcess process, Channel channel) {
        List<PackageSlot> slots = new ArrayList<>();
        for (DeploymentAction action : process.actions()) {
            if (action.isDisabled() || !action.runsInChannel(channel.id())) {
                continue;
            }
            for (PackageReference p : action.packages()) {
                slots.add(new PackageSlot(action.name(), p.name(), p.packageId(), feedOf(p)));
            }
        }
        return slots;
    }

    private static String feedOf(PackageReference p) {
        return p.feedId() == null || p.feedId().isBlank()
                ? FeedService.BUILTIN_FEED_ID
                : p.feedId();
    }

    List<SelectedPackage> pick(
            Handle handle,
            String spaceId,
            Channel channel,
            List<PackageSlot> slots,
            PackageSpecs specs,
            boolean ignoreChannelRules,
            String packagePrerelease) {
        checkPattern(packagePrerelease, "The pre-release pattern");
        List<String> errors = new ArrayList<>();
        List<SelectedPackage> selected = new ArrayList<>();
        for (PackageSlot slot : slots) {
            ChannelRule rule = ignoreChannelRules ? null : ruleFor(channel, slot);
            Optional<String> explicit = specs.versionFor(slot);
            String problem =
                    explicit.isPresent()
                            ? checkExplicit(handle, spaceId, channel, slot, rule, explicit.get())
                            : null;
            if (problem != null) {
                errors.add(problem);
                continue;
            }
            if (explicit.isPresent()) {
                selected.add(SelectedPackage.of(slot, explicit.get()));
                continue;
            }
            Optional<PackageVersion> latest =
                    latest(handle, spaceId, slot, rule, packagePrerelease);
            if (latest.isEmpty()) {
                errors.add(noVersion(channel, slot, rule, packagePrerelease));
            } else {
                selected.add(SelectedPackage.of(slot, latest.get().version().toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0), errors);
        }
        return selected;
    }

    private String checkExplicit(
            Handle handle,
            String spaceId,
            Channel channel,
            PackageSlot slot,
            ChannelRule rule,
            String text) {
        OctopusVersion version = OctopusVersion.parse(text);
        if (rule != null && !satisfies(rule, version)) {
            return "Version "
                    + text
                    + " of "
                    + slot.describe()
                    + " does not satisfy channel "
                    + channel.name()
                    + "'s version rule ("
                    + describe(rule)
                    + ").";
        }
        if (isBuiltIn(slot)
                && feed.find(handle, spaceId, new PackageCoordinates(slot.packageId(), version))
                        .isEmpty()) {
            return "Version " + text + " of " + slot.describe() + " is not in the built-in feed.";
        }
        return null;
    }

    /** The newest built-in feed version the rule allows (null rule: any version). */
    Optional<PackageVersion> newest(
            Handle handle, String spaceId, ChannelRule rule, PackageSlot slot) {
        return latest(handle, spaceId, slot, rule, null);
    }

    private Optional<PackageVersion> latest(
            Handle handle, String spaceId, PackageSlot slot, ChannelRule rule, String prerelease) {
        if (!isBuiltIn(slot)) {
            return Optional.empty();
        }
        VersionRange range =
                rule == null || rule.versionRange().isBlank()
                        ? null
                        : VersionRange.parse(rule.versionRange());
        String tag = rule == null || rule.tag().isBlank() ? null : rule.tag();
        return feed
                .versions(handle, spaceId, slot.packageId(), range, both(tag, prerelease), 1)
                .stream()
                .findFirst();
    }

    private static String noVersion(
            Channel channel, PackageSlot slot, ChannelRule rule, String prerelease) {
        if (!isBuiltIn(slot)) {
            return "No version was given for "
                    + slot.describe()
                    + ", which comes from feed "
                    + slot.feedId()
                    + "; name its version explicitly.";
        }
        StringBuilder s =
                new StringBuilder("No version of " + slot.describe() + " in the built-in feed");
        if (rule != null) {
            s.append(" satisfies channel ")
                    .append(channel.name())
                    .append("'s version rule (")
                    .append(describe(rule))
                    .append(")");
            if (prerelease != null) {
                s.append(" and the pre-release pattern ").append(prerelease);
            }
        } else if (prerelease != null) {
            s.append(" matches the pre-release pattern ").append(prerelease);
        }
        return s.append(".").toString();
    }

    static boolean isBuiltIn(PackageSlot slot) {
        return FeedService.BUILTIN_FEED_ID.equals(slot.feedId())
                && !slot.packageId().contains("#{");
    }

    /** The first rule of the channel that governs the package, or null. */
    static ChannelRule ruleFor(Channel channel, PackageSlot slot) {
        return channel.rules().stream()
                .filter(r -> r.appliesTo(slot.actionName(), slot.packageReferenceName()))
                .findFirst()
                .orElse(null);
    }

    static boolean satisfies(ChannelRule rule, OctopusVersion version) {
        if (!rule.versionRange().isBlank()
                && !VersionRange.parse(rule.versionRange()).contains(version)) {
            return false;
        }
        if (rule.tag().isBlank()) {
            return true;
        }
        String tag =
                version.metadata().isEmpty()
                        ? version.preRelease()
                        : version.preRelease() + "+" + version.metadata();
        return Pattern.compile(rule.tag()).matcher(tag).find();
    }

    private static String describe(ChannelRule rule) {
        List<String> parts = new ArrayList<>();
        if (!rule.versionRange().isBlank()) {
            parts.add("range " + rule.versionRange());
        }
        if (!rule.tag().isBlank()) {
            parts.add("pre-release tag matching " + rule.tag());
        }
        return parts.isEmpty() ? "any version" : String.join(", ", parts);
    }

    /** One pattern that finds a match only where both patterns do (null stands for any). */
    static String both(String first, String second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return "(?=.*(?:" + first + "))(?=.*(?:" + second + "))";
    }

    private static void checkPattern(String pattern, String what) {
        if (pattern == null) {
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            String message = what + " '" + pattern + "' is not a valid regular expression.";
            throw new InvalidInputException(message, List.of(message));
        }
    }
}
