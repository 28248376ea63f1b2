package jenkins.agents;

import hudson.FilePath;

/**
 * A file callable sent from the controller to an agent.
 *
 * @since 2.485
 */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {}
