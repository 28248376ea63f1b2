package hudson.model;

import java.io.Serializable;

/**
 * A build's result.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public final class Result implements Serializable {

    private Result() {}

    public static final Result UNSTABLE = null;

    public boolean isWorseThan(Result that) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
