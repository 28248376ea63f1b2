package io.jenkins.plugins.freight.engine.environment;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * An environment: a named stage deployments move through (Dev, Test, Prod), holding targets.
 *
 * @param id {@code Environments-N}
 * @param name unique in the space (case-insensitive)
 * @param slug unique in the space; generated from the name when not given
 * @param sortOrder position in lists and in a lifecycle without phases; new environments go last
 * @param useGuidedFailure whether deployments here default to guided failure
 * @param allowDynamicInfrastructure whether steps may create targets here
 * @param environmentTags free-form tags
 */
public record Environment(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        int sortOrder,
        boolean useGuidedFailure,
        boolean allowDynamicInfrastructure,
        List<String> environmentTags,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Environment {
        description = description == null ? "" : description;
        environmentTags = Documents.listCopy(environmentTags);
    }

    /** A new environment with just a name (it goes last; the rest defaulted). */
    public static Environment named(String name) {
        return new Environment(null, null, name, null, "", 0, false, false, List.of(), null, null);
    }

    public Environment withName(String value) {
        return new Environment(
                id,
                spaceId,
                value,
                slug,
                description,
                sortOrder,
                useGuidedFailure,
                allowDynamicInfrastructure,
                environmentTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Environment withDescription(String value) {
        return new Environment(
                id,
                spaceId,
                name,
                slug,
                value,
                sortOrder,
                useGuidedFailure,
                allowDynamicInfrastructure,
                environmentTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Environment withUseGuidedFailure(boolean value) {
        return new Environment(
                id,
                spaceId,
                name,
                slug,
                description,
                sortOrder,
                value,
                allowDynamicInfrastructure,
                environmentTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Environment withSlug(String value) {
        return new Environment(
                id,
                spaceId,
                name,
                value,
                description,
                sortOrder,
                useGuidedFailure,
                allowDynamicInfrastructure,
                environmentTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Environment withSortOrder(int value) {
        return new Environment(
                id,
                spaceId,
                name,
                slug,
                description,
                value,
                useGuidedFailure,
                allowDynamicInfrastructure,
                environmentTags,
                lastModifiedOn,
                lastModifiedBy);
    }

    Environment stored(String newId, String newSpaceId, String newSlug, Instant on, String by) {
        return new Environment(
                newId,
                newSpaceId,
                name.strip(),
                newSlug,
                description,
                sortOrder,
                useGuidedFailure,
                allowDynamicInfrastructure,
                environmentTags,
                on,
                by);
    }
}
