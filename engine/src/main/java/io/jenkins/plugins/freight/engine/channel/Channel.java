package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * A channel of a project: which lifecycle its releases follow (the project's unless overridden) and
 * which package versions they may use. Each project has exactly one default channel, "Default",
 * created with the project.
 *
 * @param id {@code Channels-N}
 * @param projectId the owning project; fixed at creation
 * @param name unique within the project (case-insensitive)
 * @param isDefault whether releases go to this channel when none is named
 * @param lifecycleId null: the project's lifecycle
 * @param rules version rules per package reference
 * @param tenantTags tenants (by {@code TagSet/Tag}) this channel's releases may go to; empty: all
 */
public record Channel(
        String id,
        String spaceId,
        String projectId,
        String name,
        String slug,
        String description,
        boolean isDefault,
        String lifecycleId,
        List<ChannelRule> rules,
        List<String> tenantTags,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    /** The name of the channel every project starts with. */
    public static final String DEFAULT_NAME = "Default";

    public Channel {
        description = description == null ? "" : description;
        lifecycleId = Documents.blankToNull(lifecycleId);
        rules = Documents.listCopy(rules);
        tenantTags = Documents.listCopy(tenantTags);
    }

    /** A new, non-default channel of a project, following the project's lifecycle. */
    public static Channel of(String projectId, String name) {
        return new Channel(
                null, null, projectId, name, null, "", false, null, List.of(), List.of(), null,
                null);
    }

    public Channel withLifecycleId(String value) {
        return new Channel(
                id,
                spaceId,
                projectId,
                name,
                slug,
                description,
                isDefault,
                value,
                rules,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Channel withRules(List<ChannelRule> value) {
        return new Channel(
                id,
                spaceId,
                projectId,
                name,
                slug,
                description,
                isDefault,
                lifecycleId,
                value,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Channel withDefault(boolean value) {
        return new Channel(
                id,
                spaceId,
                projectId,
                name,
                slug,
                description,
                value,
                lifecycleId,
                rules,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Channel withName(String value) {
        return new Channel(
                id,
                spaceId,
                projectId,
                value,
                slug,
                description,
                isDefault,
                lifecycleId,
                rules,
                tenantTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Channel withTenantTags(List<String> value) {
        return new Channel(
                id,
                spaceId,
                projectId,
                name,
                slug,
                description,
                isDefault,
                lifecycleId,
                rules,
                value,
                lastModifiedOn,
                lastModifiedBy);
    }

    /** The rules that govern a package of an action (usually zero or one). */
    public List<ChannelRule> rulesFor(String actionName, String packageReferenceName) {
        return rules.stream().filter(r -> r.appliesTo(actionName, packageReferenceName)).toList();
    }

    Channel stored(
            String newId,
            String newSpaceId,
            String newProjectId,
            String newName,
            String newSlug,
            List<ChannelRule> newRules,
            Instant on,
            String by) {
        return new Channel(
                newId,
                newSpaceId,
                newProjectId,
                newName,
                newSlug,
                description,
                isDefault,
                lifecycleId,
                newRules,
                tenantTags,
                on,
                by);
    }
}
