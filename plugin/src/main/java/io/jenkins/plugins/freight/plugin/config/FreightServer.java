package io.jenkins.plugins.freight.plugin.config;

import hudson.model.Describable;
import java.io.Serializable;

/** One entry of the server list in Manage Jenkins → System → Freight. */
public abstract class FreightServer implements Describable<FreightServer>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String serverId;
    private String space;

    protected FreightServer(String serverId) {
        this.serverId = serverId == null ? null : serverId.strip();
    }

    public String getServerId() {
        return serverId;
    }

    public String getSpace() {
        return space;
    }

    protected void setSpaceValue(String space) {
        this.space = space == null || space.isBlank() ? null : space.strip();
    }

    /** This entry as plain data. */
    public abstract ServerDefinition definition();
}
