package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

/**
 * What a running step can reach: the run, the listener, the workspace, ...
 *
 * @since workflow-step-api 2.0 (the first tag of the split-out repository)
 */
public abstract class StepContext implements FutureCallback<Object>, Serializable {

    public StepContext() {}

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
