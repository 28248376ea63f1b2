package hudson.model;

/**
 * A model object that holds {@link Action}s.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class Actionable extends AbstractModelObject {

    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
