package org.kohsuke.stapler;

/**
 * Something a web method returns that renders itself.
 *
 * @since stapler 1.97 or earlier (the first tag in its history)
 */
public interface HttpResponse {}
