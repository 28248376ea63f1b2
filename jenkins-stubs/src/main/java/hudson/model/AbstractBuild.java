package hudson.model;

import jenkins.scm.RunWithSCM;

/**
 * A build of an {@link AbstractProject}.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Run<P, R> implements RunWithSCM<P, R> {

    AbstractBuild() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
