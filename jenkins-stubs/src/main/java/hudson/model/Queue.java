package hudson.model;

/**
 * The build queue (only its nested {@link Task} is declared here).
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public class Queue {

    private Queue() {}

    /**
     * Something that can be queued and built.
     *
     * @since 1.312 (or earlier: the first tag in Jenkins' history)
     */
    public interface Task {}
}
