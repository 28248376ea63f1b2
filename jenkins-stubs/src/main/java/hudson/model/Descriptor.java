package hudson.model;

import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Metadata and form handling for a kind of {@link Describable}.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {

    protected Descriptor(Class<? extends T> clazz) {}

    /**
     * @since 1.278
     */
    protected Descriptor() {}

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.475
     */
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * A form submission that cannot be accepted.
     *
     * @since 1.312 (or earlier: the first tag in Jenkins' history)
     */
    public static final class FormException extends Exception implements HttpResponse {
        public FormException(String message, String formField) {
            super(message);
        }
    }
}
