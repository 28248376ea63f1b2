package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Base class of work the controller sends to the agent holding a file.
 *
 * @since 1.587
 */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {}
