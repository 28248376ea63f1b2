package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A Stapler response (Jakarta servlet API).
 *
 * @since stapler 1903.v994a_db_314d58 (Jenkins 2.475)
 */
public interface StaplerResponse2 extends HttpServletResponse {}
