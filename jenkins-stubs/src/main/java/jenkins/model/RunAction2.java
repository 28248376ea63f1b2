package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/**
 * An action told when it is attached to or loaded with a build.
 *
 * @since 1.519
 */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
