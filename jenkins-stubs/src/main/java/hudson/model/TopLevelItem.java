package hudson.model;

import hudson.ExtensionPoint;

/**
 * An item directly inside an item group.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {}
