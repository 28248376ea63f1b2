package hudson.init;

import org.jvnet.hudson.reactor.Milestone;

/**
 * Milestones of Jenkins' start-up.
 *
 * @since 1.336
 */
public enum InitMilestone implements Milestone {
    STARTED,
    PLUGINS_LISTED,
    PLUGINS_PREPARED,
    PLUGINS_STARTED,
    EXTENSIONS_AUGMENTED,
    /**
     * @since 2.220
     */
    SYSTEM_CONFIG_LOADED,
    /**
     * @since 2.220
     */
    SYSTEM_CONFIG_ADAPTED,
    JOB_LOADED,
    /**
     * @since 2.220
     */
    JOB_CONFIG_ADAPTED,
    COMPLETED;

    @Override
    public String toString() {
        return name();
    }
}
