package io.jenkins.plugins.freight.plugin.config;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins → System → Freight, and {@code unclassified: freight:} in JCasC: the servers (the
 * embedded engine is there from the start) and the default one.
 */
@Extension
@Symbol("freight")
public class FreightGlobalConfiguration extends GlobalConfiguration {

    private List<FreightServer> servers;
    private String defaultServerId;

    public FreightGlobalConfiguration() {
        load();
        if (servers == null) {
            servers = new ArrayList<>(List.of(new EmbeddedServer(ServerIds.EMBEDDED)));
        }
    }

    public static FreightGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(FreightGlobalConfiguration.class);
    }

    @Override
    public String getDisplayName() {
        return Messages.GlobalConfiguration_DisplayName();
    }

    public List<FreightServer> getServers() {
        return servers == null ? List.of() : List.copyOf(servers);
    }

    @DataBoundSetter
    public void setServers(List<FreightServer> servers) {
        this.servers = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
        save();
    }

    public String getDefaultServerId() {
        return defaultServerId;
    }

    @DataBoundSetter
    public void setDefaultServerId(String defaultServerId) {
        this.defaultServerId =
                defaultServerId == null || defaultServerId.isBlank()
                        ? null
                        : defaultServerId.strip();
        save();
    }

    /** The servers as plain data. */
    public ServerRegistry registry() {
        return new ServerRegistry(
                getServers().stream().map(FreightServer::definition).toList(), defaultServerId);
    }

    /** Whether the embedded engine should run. */
    public boolean hasEmbeddedServer() {
        return getServers().stream().anyMatch(s -> s instanceof EmbeddedServer);
    }

    /** Binds the form; an unusable result (a duplicate ID, say) is refused and changes nothing. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        List<FreightServer> previousServers = servers;
        String previousDefault = defaultServerId;
        servers = new ArrayList<>();
        defaultServerId = null;
        req.bindJSON(this, json);
        List<String> problems = registry().problems();
        if (!problems.isEmpty()) {
            servers = previousServers;
            defaultServerId = previousDefault;
            save();
            throw new FormException(problems.get(0), "servers");
        }
        save();
        return true;
    }

    @POST
    public ListBoxModel doFillDefaultServerIdItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ListBoxModel items = new ListBoxModel();
        items.add("", "");
        getServers().forEach(s -> items.add(s.getServerId(), s.getServerId()));
        return items;
    }

    @POST
    public FormValidation doCheckDefaultServerId(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (value == null || value.isBlank() || registry().serverIds().contains(value.strip())) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.Servers_DefaultUnknown(value.strip()));
    }
}
