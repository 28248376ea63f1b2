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
 * Build step {@code freightBuildInfo}: see {@link BuildInfoOperation}. In Pipeline the step of the
 * same name ({@code io.jenkins.plugins.freight.plugin.pipeline.FreightBuildInfoStep}) returns a
 * map.
 */
public final class FreightBuildInfoBuilder extends Builder implements SimpleBuildStep {

    private final String packageIds;
    private final String version;
    private String branch;
    private String vcsRoot;
    private String vcsCommitNumber;
    private String vcsType;
    private String overwriteMode = "FailIfExists";
    private String serverId;
    private String credentialsId;
    private String space;

    @DataBoundConstructor
    public FreightBuildInfoBuilder(String packageIds, String version) {
        this.packageIds = packageIds;
        this.version = version;
    }

    public String getPackageIds() {
        return packageIds;
    }

    public String getVersion() {
        return version;
    }

    public String getBranch() {
        return branch;
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        this.branch = blankToNull(branch);
    }

    public String getVcsRoot() {
        return vcsRoot;
    }

    @DataBoundSetter
    public void setVcsRoot(String vcsRoot) {
        this.vcsRoot = blankToNull(vcsRoot);
    }

    public String getVcsCommitNumber() {
        return vcsCommitNumber;
    }

    @DataBoundSetter
    public void setVcsCommitNumber(String vcsCommitNumber) {
        this.vcsCommitNumber = blankToNull(vcsCommitNumber);
    }

    public String getVcsType() {
        return vcsType;
    }

    @DataBoundSetter
    public void setVcsType(String vcsType) {
        this.vcsType = blankToNull(vcsType);
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
        return new BuildInfoOperation(
                x(env, packageIds),
                x(env, version),
                x(env, branch),
                x(env, vcsRoot),
                x(env, vcsCommitNumber),
                x(env, vcsType),
                x(env, overwriteMode));
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
    @Symbol("freightBuildInfo")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.BuildInfoBuilder_DisplayName();
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
        public FormValidation doCheckPackageIds(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }

        @POST
        public FormValidation doCheckVersion(
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
