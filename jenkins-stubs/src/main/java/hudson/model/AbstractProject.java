package hudson.model;

/**
 * A freestyle-style project.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class AbstractProject<
                P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> implements Queue.Task {

    AbstractProject() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
