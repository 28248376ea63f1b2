package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/**
 * A Secret Text credential (Plain Credentials plugin).
 *
 * @since plain-credentials 1.0-beta-1
 */
public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
