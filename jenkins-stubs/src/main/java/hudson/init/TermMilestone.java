package hudson.init;

import org.jvnet.hudson.reactor.Milestone;

/**
 * Milestones of Jenkins' shutdown.
 *
 * @since 1.531 (first release after the commit that added it)
 */
public enum TermMilestone implements Milestone {
    STARTED,
    COMPLETED
}
