package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * A group of projects (and a permission scope).
 *
 * @param id {@code ProjectGroups-N}
 * @param name unique in the space (case-insensitive)
 * @param environmentIds legacy Octopus field, kept as given
 * @param retentionPolicyId legacy Octopus field, kept as given
 */
public record ProjectGroup(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        List<String> environmentIds,
        String retentionPolicyId,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    /** The project group every new space starts with. */
    public static final String DEFAULT_NAME = "Default Project Group";

    public ProjectGroup {
        description = description == null ? "" : description;
        environmentIds = Documents.listCopy(environmentIds);
    }

    public static ProjectGroup named(String name) {
        return new ProjectGroup(null, null, name, null, "", List.of(), null, null, null);
    }

    public ProjectGroup withDescription(String value) {
        return new ProjectGroup(
                id,
                spaceId,
                name,
                slug,
                value,
                environmentIds,
                retentionPolicyId,
                lastModifiedOn,
                lastModifiedBy);
    }

    ProjectGroup stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            Instant on,
            String by) {
        return new ProjectGroup(
                newId,
                newSpaceId,
                newName,
                newSlug,
                description,
                environmentIds,
                retentionPolicyId,
                on,
                by);
    }
}
