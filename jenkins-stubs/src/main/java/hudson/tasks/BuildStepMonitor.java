package hudson.tasks;

/**
 * How a build step synchronizes with earlier builds.
 *
 * @since 1.319
 */
public enum BuildStepMonitor {
    NONE {},
    STEP {},
    BUILD {}
}
