package hudson.model;

/**
 * An action shown as a badge next to a build.
 *
 * @since 1.150
 */
public interface BuildBadgeAction extends Action {}
