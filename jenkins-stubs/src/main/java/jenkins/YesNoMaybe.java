package jenkins;

/**
 * Three-valued answer used by {@code @Extension(dynamicLoadable=...)}.
 *
 * @since 1.321
 */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
