package io.jenkins.plugins.freight.engine.lifecycle;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lifecycle: the ordered phases a release moves through. Without phases it means one phase per
 * environment, in sort order ({@link #effectivePhases}).
 *
 * @param id {@code Lifecycles-N}
 * @param name unique in the space (case-insensitive)
 * @param phases in order; may be empty
 * @param releaseRetentionPolicy how long releases are kept (phases may override)
 * @param tentacleRetentionPolicy how long deployed files are kept on targets (phases may override)
 */
public record Lifecycle(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        List<Phase> phases,
        RetentionPeriod releaseRetentionPolicy,
        RetentionPeriod tentacleRetentionPolicy,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    /** The lifecycle every new space starts with. */
    public static final String DEFAULT_NAME = "Default Lifecycle";

    public Lifecycle {
        description = description == null ? "" : description;
        phases = Documents.listCopy(phases);
        releaseRetentionPolicy =
                releaseRetentionPolicy == null
                        ? RetentionPeriod.keepForever()
                        : releaseRetentionPolicy;
        tentacleRetentionPolicy =
                tentacleRetentionPolicy == null
                        ? RetentionPeriod.keepForever()
                        : tentacleRetentionPolicy;
    }

    /** A new lifecycle with a name and phases (retention: keep everything). */
    public static Lifecycle of(String name, Phase... phases) {
        return new Lifecycle(null, null, name, null, "", List.of(phases), null, null, null, null);
    }

    public Lifecycle withDescription(String value) {
        return new Lifecycle(
                id,
                spaceId,
                name,
                slug,
                value,
                phases,
                releaseRetentionPolicy,
                tentacleRetentionPolicy,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Lifecycle withPhases(List<Phase> value) {
        return new Lifecycle(
                id,
                spaceId,
                name,
                slug,
                description,
                value,
                releaseRetentionPolicy,
                tentacleRetentionPolicy,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Lifecycle withName(String value) {
        return new Lifecycle(
                id,
                spaceId,
                value,
                slug,
                description,
                phases,
                releaseRetentionPolicy,
                tentacleRetentionPolicy,
                lastModifiedOn,
                lastModifiedBy);
    }

    /** Every environment id any phase names. */
    public Set<String> environmentIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        phases.forEach(p -> ids.addAll(p.environmentIds()));
        return ids;
    }

    /**
     * The phases as progression sees them, for the space's environments in sort order:
     *
     * <ul>
     *   <li>no phases: one required phase per environment, named after it, deployed on request;
     *   <li>a phase that names no environments gets every environment no other phase names (in sort
     *       order, deployed on request);
     *   <li>retention policies are filled in: a phase without its own inherits from the nearest
     *       earlier phase that has one, else from the lifecycle.
     * </ul>
     */
    public List<Phase> effectivePhases(List<Environment> environmentsInSortOrder) {
        List<Phase> result = new ArrayList<>();
        if (phases.isEmpty()) {
            for (Environment e : environmentsInSortOrder) {
                result.add(
                        new Phase(
                                "implicit-" + e.id(),
                                e.name(),
                                List.of(),
                                List.of(e.id()),
                                0,
                                false,
                                false,
                                releaseRetentionPolicy,
                                tentacleRetentionPolicy));
            }
            return result;
        }
        Set<String> named = new HashSet<>(environmentIds());
        List<String> remaining =
                environmentsInSortOrder.stream()
                        .map(Environment::id)
                        .filter(id -> !named.contains(id))
                        .toList();
        RetentionPeriod release = releaseRetentionPolicy;
        RetentionPeriod tentacle = tentacleRetentionPolicy;
        for (Phase p : phases) {
            release = p.releaseRetentionPolicy() != null ? p.releaseRetentionPolicy() : release;
            tentacle = p.tentacleRetentionPolicy() != null ? p.tentacleRetentionPolicy() : tentacle;
            boolean catchAll = p.environmentIds().isEmpty();
            result.add(
                    p.with(
                            p.id(),
                            p.automaticDeploymentTargets(),
                            catchAll ? remaining : p.optionalDeploymentTargets(),
                            release,
                            tentacle));
        }
        return result;
    }

    Lifecycle stored(
            String newId,
            String newSpaceId,
            String newSlug,
            List<Phase> newPhases,
            Instant on,
            String by) {
        return new Lifecycle(
                newId,
                newSpaceId,
                name.strip(),
                newSlug,
                description,
                newPhases,
                releaseRetentionPolicy,
                tentacleRetentionPolicy,
                on,
                by);
    }
}
