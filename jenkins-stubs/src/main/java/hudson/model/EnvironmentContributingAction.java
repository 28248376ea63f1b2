package hudson.model;

import hudson.EnvVars;

/**
 * An action that adds environment variables to its build.
 *
 * @since 1.318
 */
public interface EnvironmentContributingAction extends Action {
    /**
     * @since 2.76
     */
    default void buildEnvironment(Run<?, ?> run, EnvVars env) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
