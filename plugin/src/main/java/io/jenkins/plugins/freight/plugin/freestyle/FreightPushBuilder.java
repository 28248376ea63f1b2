package io.jenkins.plugins.freight.plugin.freestyle;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.run.FreightStepRunner;
import io.jenkins.plugins.freight.plugin.run.ServerChoice;
import io.jenkins.plugins.freight.plugin.steps.*;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Build step {@code freightPush}: see {@link PushOperation}. In Pipeline the step of the same name
 * ({@code io.jenkins.plugins.freight.plugin.pipeline.FreightPushStep}) returns a map.
 */
public final class FreightPushBuilder extends Builder implements SimpleBuildStep {

    private final String packagePaths;
    private String overwriteMode = "FailIfExists";
    private String serverId;
    private String credentialsId;
    private String space;

    @DataBoundConstructor
    public FreightPushBuilder(String packagePaths) {
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

    /** The operation with {@code ${VAR}} build variables expanded. */
    FreightOperation operation(EnvVars env) {
        return new PushOperation(x(env, packagePaths), x(env, overwriteMode));
    }

    @Override
    public void perform(
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws InterruptedException, IOException {
        FreightStepRunner.run(
                operation(env),
                new ServerChoice(serverId, credentialsId, space).expand(env),
                run,
                workspace,
                listener);
    }

    private static String x(EnvVars env, String text) {
        return text == null ? null : env.expand(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Display name, symbol and form helpers. */
    @Extension
    @Symbol("freightPush")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.PushBuilder_DisplayName();
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
