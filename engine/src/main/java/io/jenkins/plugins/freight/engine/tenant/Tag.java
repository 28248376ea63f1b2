package io.jenkins.plugins.freight.engine.tenant;

/**
 * A tag in a tag set.
 *
 * @param id {@code Tags-N}, assigned by the engine when blank
 * @param name unique within its tag set (case-insensitive)
 * @param color e.g. {@code #333333}
 * @param canonicalTagName {@code TagSetName/TagName}, how documents refer to the tag (filled in by
 *     the engine)
 */
public record Tag(
        String id,
        String name,
        String color,
        String description,
        int sortOrder,
        String canonicalTagName) {

    public static final String DEFAULT_COLOR = "#333333";

    public Tag {
        color = color == null || color.isBlank() ? DEFAULT_COLOR : color;
        description = description == null ? "" : description;
    }

    public static Tag named(String name) {
        return new Tag(null, name, DEFAULT_COLOR, "", 0, null);
    }
}
