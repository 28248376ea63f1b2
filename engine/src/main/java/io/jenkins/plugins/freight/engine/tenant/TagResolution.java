package io.jenkins.plugins.freight.engine.tenant;

import java.util.List;

/**
 * Tag names ({@code TagSet/Tag}) looked up in a space.
 *
 * @param tags the tags found, in the order asked
 * @param missing the names that name no tag
 */
public record TagResolution(List<Tag> tags, List<String> missing) {

    public TagResolution {
        tags = List.copyOf(tags);
        missing = List.copyOf(missing);
    }

    /** The tags' canonical names, as the tag sets spell them. */
    public List<String> canonicalNames() {
        return tags.stream().map(Tag::canonicalTagName).toList();
    }

    public List<String> ids() {
        return tags.stream().map(Tag::id).toList();
    }

    /** One sentence per missing tag. */
    public List<String> errors() {
        return missing.stream()
                .map(
                        m ->
                                "Tag '"
                                        + m
                                        + "' was not found (use TagSet/Tag with an existing tag set and tag).")
                .toList();
    }
}
