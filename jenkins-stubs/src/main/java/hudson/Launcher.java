package hudson;

/**
 * Starts processes on a node.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class Launcher {

    private Launcher() {}
}
