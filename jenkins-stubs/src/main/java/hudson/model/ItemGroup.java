package hudson.model;

/**
 * A container of items (Jenkins itself, a folder).
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface ItemGroup<T extends Item> {}
