package jenkins.util.io;

/**
 * Marker: lives on the controller only.
 *
 * @since 1.475
 */
public interface OnMaster {}
