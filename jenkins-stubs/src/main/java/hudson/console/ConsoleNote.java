package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * Markup embedded in a console log.
 *
 * @since 1.349
 */
public abstract class ConsoleNote<T>
        implements Serializable, Describable<ConsoleNote<?>>, ExtensionPoint {

    ConsoleNote() {}
}
