package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.IOException;
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

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 1.305
     */
    public EnvVars getEnvironment(TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
