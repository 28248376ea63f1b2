package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A set of tags (for example "Tier": Gold, Silver) that tenants, targets, channels and steps refer
 * to as {@code TagSet/Tag}.
 *
 * @param id {@code TagSets-N}
 * @param name unique in the space (case-insensitive)
 * @param sortOrder position in lists; new sets go last
 * @param tags in display order
 */
public record TagSet(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        int sortOrder,
        List<Tag> tags,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public TagSet {
        description = description == null ? "" : description;
        tags = Documents.listCopy(tags);
    }

    public static TagSet of(String name, String... tagNames) {
        return new TagSet(
                null,
                null,
                name,
                null,
                "",
                0,
                java.util.Arrays.stream(tagNames).map(Tag::named).toList(),
                null,
                null);
    }

    public TagSet withTags(List<Tag> value) {
        return new TagSet(
                id,
                spaceId,
                name,
                slug,
                description,
                sortOrder,
                value,
                lastModifiedOn,
                lastModifiedBy);
    }

    public TagSet withName(String value) {
        return new TagSet(
                id,
                spaceId,
                value,
                slug,
                description,
                sortOrder,
                tags,
                lastModifiedOn,
                lastModifiedBy);
    }

    /** The tag with this name (case-insensitive). */
    public Optional<Tag> tag(String tagName) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(tagName)).findFirst();
    }

    TagSet stored(
            String newId,
            String newSpaceId,
            String newSlug,
            int newSortOrder,
            List<Tag> newTags,
            Instant on,
            String by) {
        return new TagSet(
                newId, newSpaceId, name, newSlug, description, newSortOrder, newTags, on, by);
    }
}
