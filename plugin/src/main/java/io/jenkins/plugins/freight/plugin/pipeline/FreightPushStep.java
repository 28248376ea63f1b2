package io.jenkins.plugins.freight.plugin.pipeline;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.freestyle.StepForms;
import io.jenkins.plugins.freight.plugin.run.ServerChoice;
import io.jenkins.plugins.freight.plugin.steps.*;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Pipeline step {@code freightPush}: see {@link PushOperation}; returns its value map (see
 * docs/jenkins.md).
 */
public final class FreightPushStep extends Step {

    private final String packagePaths;
    private String overwriteMode = "FailIfExists";
    private String serverId;
    private String credentialsId;
    private String space;

    @DataBoundConstructor
    public FreightPushStep(String packagePaths) {
        this.packagePaths = packagePaths;
    }

    public String getPackagePaths() {
        return packagePaths;
    }

    public String getOverwriteMode() {
        return overwriteMode;
    }

    @DataBoundSetter
    public void setOverwriteMode(String overwriteMode) {
        this.overwriteMode = blankToNull(overwriteMode);
    }

    public String getServerId() {
        return serverId;
    }

    @DataBoundSetter
    public void setServerId(String serverId) {
        this.serverId = blankToNull(serverId);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = blankToNull(credentialsId);
    }

    public String getSpace() {
        return space;
    }

    @DataBoundSetter
    public void setSpace(String space) {
        this.space = blankToNull(space);
    }

    /** The operation with {@code ${VAR}} variables expanded. */
    FreightOperation operation(EnvVars env) {
        return new PushOperation(x(env, packagePaths), x(env, overwriteMode));
    }

    @Override
    public StepExecution start(StepContext context) {
        return new FreightStepExecution(
                context, this::operation, new ServerChoice(serverId, credentialsId, space));
    }

    private static String x(EnvVars env, String text) {
        return text == null ? null : env.expand(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Function name, required context and form helpers. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "freightPush";
        }

        @Override
        public String getDisplayName() {
            return Messages.PushBuilder_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class, FilePath.class);
        }

        @POST
        public ListBoxModel doFillServerIdItems(@AncestorInPath Item item) {
            return StepForms.serverIds(item);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath Item item, @QueryParameter String credentialsId) {
            return StepForms.credentials(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.checkCredentials(item, value);
        }

        @POST
        public FormValidation doCheckPackagePaths(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }

        public ListBoxModel doFillOverwriteModeItems() {
            ListBoxModel items = new ListBoxModel();
            items.add("FailIfExists", "FailIfExists");
            items.add("OverwriteExisting", "OverwriteExisting");
            items.add("IgnoreIfExists", "IgnoreIfExists");
            return items;
        }
    }
}
