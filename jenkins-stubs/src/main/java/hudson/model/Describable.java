package hudson.model;

/**
 * Something with a {@link Descriptor}.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history); {@code getDescriptor()} is a
 *     default method since 2.505
 */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
