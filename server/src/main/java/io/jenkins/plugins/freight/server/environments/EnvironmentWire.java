package io.jenkins.plugins.freight.server.environments;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Environment} resource; also the body of creates and updates. */
public record EnvironmentWire(
        String id,
        String name,
        String slug,
        String description,
        Integer sortOrder,
        Boolean useGuidedFailure,
        Boolean allowDynamicInfrastructure,
        List<String> environmentTags,
        List<Object> extensionSettings,
        String type,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static EnvironmentWire of(Environment e, Links l) {
        String self = "/" + Links.segment(e.spaceId()) + "/environments/" + Links.segment(e.id());
        return new EnvironmentWire(
                e.id(),
                e.name(),
                e.slug(),
                e.description(),
                e.sortOrder(),
                e.useGuidedFailure(),
                e.allowDynamicInfrastructure(),
                e.environmentTags(),
                List.of(),
                "Static",
                e.spaceId(),
                e.lastModifiedOn(),
                e.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Machines",
                                l.api(
                                        self
                                                + "/machines{?skip,take,partialName,roles,isDisabled,"
                                                + "healthStatuses,commStyles,tenantIds,tenantTags,"
                                                + "shellNames}"),
                        "Web", l.web("/" + Links.segment(e.spaceId()) + "/environments")));
    }

    /** The engine document this body describes; absent properties keep {@code current}'s. */
    Environment toEnvironment(Environment current) {
        return new Environment(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                Merge.pick(sortOrder, current == null ? null : current.sortOrder(), 0),
                Merge.pick(
                        useGuidedFailure,
                        current == null ? null : current.useGuidedFailure(),
                        false),
                Merge.pick(
                        allowDynamicInfrastructure,
                        current == null ? null : current.allowDynamicInfrastructure(),
                        false),
                Merge.list(environmentTags, current == null ? null : current.environmentTags()),
                null,
                null);
    }
}
