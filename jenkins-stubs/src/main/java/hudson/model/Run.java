package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.util.io.OnMaster;

/**
 * One build of a job.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, AccessControlled, OnMaster {

    Run() {}

    public Result getResult() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public JobT getParent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
