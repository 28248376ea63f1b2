package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The lifecycle a release follows, as progression sees it: the channel's lifecycle when it has one,
 * else the project's, with its effective phases and environment names.
 */
final class LifecycleProgressions {

    private final LifecycleService lifecycles;
    private final EnvironmentService environments;

    LifecycleProgressions(LifecycleService lifecycles, EnvironmentService environments) {
        this.lifecycles = lifecycles;
        this.environments = environments;
    }

    LifecycleProgression of(Handle handle, Project project, Channel channel) {
        String lifecycleId =
                channel.lifecycleId() != null ? channel.lifecycleId() : project.lifecycleId();
        Lifecycle lifecycle = lifecycles.require(handle, project.spaceId(), lifecycleId);
        List<Environment> all = environments.all(handle, project.spaceId());
        Map<String, String> names =
                all.stream().collect(Collectors.toMap(Environment::id, Environment::name));
        List<ProgressionPhase> phases = new ArrayList<>();
        for (Phase phase : lifecycle.effectivePhases(all)) {
            phases.add(toProgression(phase, id -> names.getOrDefault(id, id)));
        }
        return new LifecycleProgression(lifecycle.name(), phases);
    }

    static ProgressionPhase toProgression(Phase phase, Function<String, String> nameOf) {
        List<PhaseEnvironment> environments = new ArrayList<>();
        for (String id : phase.environmentIds()) {
            environments.add(new PhaseEnvironment(id, nameOf.apply(id), phase.isAutomatic(id)));
        }
        return new ProgressionPhase(
                phase.name(),
                environments,
                phase.minimumEnvironmentsBeforePromotion(),
                phase.isOptionalPhase());
    }
}
