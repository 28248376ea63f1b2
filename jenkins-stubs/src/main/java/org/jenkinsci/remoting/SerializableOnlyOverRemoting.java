package org.jenkinsci.remoting;

import java.io.Serializable;

/**
 * Serializable only across a remoting channel (remoting).
 *
 * @since remoting 3.14
 */
public interface SerializableOnlyOverRemoting extends Serializable {}
