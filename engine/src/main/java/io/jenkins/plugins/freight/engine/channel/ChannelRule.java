package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;

/**
 * A channel's version rule for some package references: releases in the channel may only use
 * versions of those packages inside the range whose pre-release tag matches the regex.
 *
 * @param id assigned by the engine when blank; stays the same across edits
 * @param actionPackages the packages the rule applies to ({@code DeploymentAction} is the action
 *     name, {@code PackageReference} the reference name or {@code ""} for the primary package)
 * @param versionRange a NuGet or Maven range such as {@code [1.0,2.0)}; blank means any version
 * @param tag a regular expression the pre-release tag must match ({@code ^$}: stable only); blank
 *     means any
 */
public record ChannelRule(
        String id, List<ActionPackage> actionPackages, String versionRange, String tag) {

    public ChannelRule {
        actionPackages = Documents.listCopy(actionPackages);
        versionRange = versionRange == null ? "" : versionRange;
        tag = tag == null ? "" : tag;
    }

    public static ChannelRule of(String versionRange, String tag, ActionPackage... packages) {
        return new ChannelRule(null, List.of(packages), versionRange, tag);
    }

    /**
     * Whether this rule governs the given package of the given action (names compared exactly,
     * case-insensitively).
     */
    public boolean appliesTo(String actionName, String packageReferenceName) {
        String reference = packageReferenceName == null ? "" : packageReferenceName;
        return actionPackages.stream()
                .anyMatch(
                        p ->
                                p.deploymentAction().equalsIgnoreCase(actionName)
                                        && p.packageReference().equalsIgnoreCase(reference));
    }
}
