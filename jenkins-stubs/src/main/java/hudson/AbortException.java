package hudson;

import java.io.IOException;

/**
 * Ends a build step with a message and no stack trace.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public class AbortException extends IOException {

    public AbortException() {}

    /**
     * @since 1.298
     */
    public AbortException(String message) {
        super(message);
    }
}
