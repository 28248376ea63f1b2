package org.jenkinsci.remoting;

/**
 * Something that checks the roles of the two sides of a channel (remoting).
 *
 * @since remoting 2.47
 */
public interface RoleSensitive {}
