package hudson.model.queue;

import hudson.model.Queue;
import org.springframework.security.core.Authentication;

/**
 * Helpers around queued tasks (only the one the credential lists use is declared here).
 *
 * @since 1.377
 */
public class Tasks {

    /**
     * The authentication a task will probably run as once scheduled.
     *
     * @since 2.266
     */
    public static Authentication getAuthenticationOf2(Queue.Task t) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
