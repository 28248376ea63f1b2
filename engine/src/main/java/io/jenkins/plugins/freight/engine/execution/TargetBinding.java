package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.Target;
import java.util.Set;

/** A deployment target in the environment with its target tags (roles). */
public record TargetBinding(Target target, Set<String> roles) {

    public TargetBinding {
        roles = Set.copyOf(roles);
    }

    boolean matches(java.util.List<String> stepRoles) {
        return stepRoles.stream().anyMatch(r -> roles.stream().anyMatch(r::equalsIgnoreCase));
    }
}
