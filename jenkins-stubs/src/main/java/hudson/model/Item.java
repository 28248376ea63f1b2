package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import jenkins.util.io.OnMaster;

/**
 * A job, folder or other item.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface Item extends AccessControlled, OnMaster {
    String getFullName();

    Permission CONFIGURE = null;

    Permission EXTENDED_READ = null;
}
