package io.jenkins.plugins.freight.server.projectgroups;

import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code ProjectGroup} resource; also the body of creates and updates. */
public record ProjectGroupWire(
        String id,
        String name,
        String slug,
        String description,
        List<String> environmentIds,
        String retentionPolicyId,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static ProjectGroupWire of(ProjectGroup g, Links l) {
        String space = "/" + Links.segment(g.spaceId());
        String self = space + "/projectgroups/" + Links.segment(g.id());
        return new ProjectGroupWire(
                g.id(),
                g.name(),
                g.slug(),
                g.description(),
                g.environmentIds(),
                g.retentionPolicyId(),
                g.spaceId(),
                g.lastModifiedOn(),
                g.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Projects", l.api(self + "/projects{?skip,take}"),
                        "Web", l.web(space)));
    }

    ProjectGroup toProjectGroup(ProjectGroup current) {
        return new ProjectGroup(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                Merge.list(environmentIds, current == null ? null : current.environmentIds()),
                Merge.pick(
                        retentionPolicyId,
                        current == null ? null : current.retentionPolicyId(),
                        null),
                null,
                null);
    }
}
