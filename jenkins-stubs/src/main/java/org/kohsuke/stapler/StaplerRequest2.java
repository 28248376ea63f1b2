package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

/**
 * A Stapler request (Jakarta servlet API).
 *
 * @since stapler 1903.v994a_db_314d58 (Jenkins 2.475)
 */
public interface StaplerRequest2 extends HttpServletRequest {
    void bindJSON(Object bean, JSONObject src);
}
