package io.jenkins.plugins.freight.plugin.run;

import hudson.EnvVars;
import java.io.Serializable;

/**
 * Which server a step talks to, and with which key and space: each blank means the configured
 * default (the default server; the server's credential; the server's space).
 */
public record ServerChoice(String serverId, String credentialsId, String space)
        implements Serializable {

    public ServerChoice expand(EnvVars env) {
        return new ServerChoice(env.expand(serverId), env.expand(credentialsId), env.expand(space));
    }
}
