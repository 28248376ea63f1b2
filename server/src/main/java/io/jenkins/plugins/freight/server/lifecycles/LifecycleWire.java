package io.jenkins.plugins.freight.server.lifecycles;

import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Lifecycle} resource; also the body of creates and updates. */
public record LifecycleWire(
        String id,
        String name,
        String slug,
        String description,
        String spaceId,
        List<PhaseWire> phases,
        RetentionPeriodWire releaseRetentionPolicy,
        RetentionPeriodWire tentacleRetentionPolicy,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static LifecycleWire of(Lifecycle c, Links l) {
        String space = "/" + Links.segment(c.spaceId());
        String self = space + "/lifecycles/" + Links.segment(c.id());
        return new LifecycleWire(
                c.id(),
                c.name(),
                c.slug(),
                c.description(),
                c.spaceId(),
                c.phases().stream().map(PhaseWire::of).toList(),
                RetentionPeriodWire.of(c.releaseRetentionPolicy()),
                RetentionPeriodWire.of(c.tentacleRetentionPolicy()),
                c.lastModifiedOn(),
                c.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Preview", l.api(self + "/preview"),
                        "Projects", l.api(self + "/projects"),
                        "Web", l.web(space + "/lifecycles")));
    }

    Lifecycle toLifecycle(Lifecycle current) {
        return new Lifecycle(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                phases != null
                        ? phases.stream().map(PhaseWire::toPhase).toList()
                        : current == null ? List.of() : current.phases(),
                releaseRetentionPolicy != null
                        ? releaseRetentionPolicy.toRetentionPeriod()
                        : current == null ? null : current.releaseRetentionPolicy(),
                tentacleRetentionPolicy != null
                        ? tentacleRetentionPolicy.toRetentionPeriod()
                        : current == null ? null : current.tentacleRetentionPolicy(),
                null,
                null);
    }
}
