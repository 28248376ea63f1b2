package hudson.model;

import hudson.ExtensionPoint;

/**
 * A job (freestyle project, Pipeline).
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, Item {

    Job() {}
}
