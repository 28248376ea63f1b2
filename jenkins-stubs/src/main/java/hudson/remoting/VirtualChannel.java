package hudson.remoting;

/**
 * The channel to an agent (remoting).
 *
 * @since remoting 1.0 (remoting 3355.v388858a_47b_33 ships with Jenkins 2.555.3)
 */
public interface VirtualChannel {}
