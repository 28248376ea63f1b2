package jenkins.model;

import hudson.ProxyConfiguration;
import hudson.model.AbstractModelObject;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import java.io.IOException;
import jenkins.util.io.OnMaster;
import org.springframework.security.core.Authentication;

/**
 * The Jenkins controller.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public class Jenkins extends AbstractModelObject
        implements ItemGroup<TopLevelItem>, AccessControlled, OnMaster, Loadable {

    private Jenkins() {}

    /**
     * @since 2.98
     */
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.205
     */
    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 1.66
     */
    public String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.266
     */
    public static Authentication getAuthentication2() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final Permission ADMINISTER = null;

    public static final Permission READ = null;
}
