package hudson.model;

/**
 * Former base class of describables (deprecated since 2.505; still the superclass of {@code Step}
 * and {@code MultiBinding}).
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>>
        implements Describable<T> {}
