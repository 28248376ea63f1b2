package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.List;

/**
 * Whether a caller belongs to one of an interruption's responsible teams. The security model
 * supplies the real check; until teams exist, {@link #notRestricted()} lets anyone who holds the
 * interruption permissions act.
 */
@FunctionalInterface
public interface TeamMembership {

    boolean isMemberOfAny(Caller caller, List<String> teamIds);

    static TeamMembership notRestricted() {
        return (caller, teamIds) -> true;
    }
}
