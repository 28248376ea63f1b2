package io.jenkins.plugins.freight.plugin.freestyle;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
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
 * Post-build action {@code freightCreateRelease}: see {@link CreateReleaseOperation}. In Pipeline
 * the step of the same name ({@code
 * io.jenkins.plugins.freight.plugin.pipeline.FreightCreateReleaseStep}) returns a map.
 */
public final class FreightCreateReleaseRecorder extends Recorder implements SimpleBuildStep {

    private final String project;
    private String releaseVersion;
    private String channel;
    private String packageVersions;
    private String defaultPackageVersion;
    private String releaseNotes;
    private String releaseNotesFile;
    private boolean linkBuild;
    private boolean ignoreIfExists;
    private boolean deployThisRelease;
    private String environments;
    private String tenants;
    private String tenantTags;
    private String variables;
    private boolean waitForDeployment;
    private String deploymentTimeout;
    private boolean cancelOnTimeout;
    private boolean cancelOnAbort = true;
    private String serverId;
    private String credentialsId;
    private String space;

    @DataBoundConstructor
    public FreightCreateReleaseRecorder(String project) {
        this.project = project;
    }

    public String getProject() {
        return project;
    }

    public String getReleaseVersion() {
        return releaseVersion;
    }

    @DataBoundSetter
    public void setReleaseVersion(String releaseVersion) {
        this.releaseVersion = blankToNull(releaseVersion);
    }

    public String getChannel() {
        return channel;
    }

    @DataBoundSetter
    public void setChannel(String channel) {
        this.channel = blankToNull(channel);
    }

    public String getPackageVersions() {
        return packageVersions;
    }

    @DataBoundSetter
    public void setPackageVersions(String packageVersions) {
        this.packageVersions = blankToNull(packageVersions);
    }

    public String getDefaultPackageVersion() {
        return defaultPackageVersion;
    }

    @DataBoundSetter
    public void setDefaultPackageVersion(String defaultPackageVersion) {
        this.defaultPackageVersion = blankToNull(defaultPackageVersion);
    }

    public String getReleaseNotes() {
        return releaseNotes;
    }

    @DataBoundSetter
    public void setReleaseNotes(String releaseNotes) {
        this.releaseNotes = blankToNull(releaseNotes);
    }

    public String getReleaseNotesFile() {
        return releaseNotesFile;
    }

    @DataBoundSetter
    public void setReleaseNotesFile(String releaseNotesFile) {
        this.releaseNotesFile = blankToNull(releaseNotesFile);
    }

    public boolean isLinkBuild() {
        return linkBuild;
    }

    @DataBoundSetter
    public void setLinkBuild(boolean linkBuild) {
        this.linkBuild = linkBuild;
    }

    public boolean isIgnoreIfExists() {
        return ignoreIfExists;
    }

    @DataBoundSetter
    public void setIgnoreIfExists(boolean ignoreIfExists) {
        this.ignoreIfExists = ignoreIfExists;
    }

    public boolean isDeployThisRelease() {
        return deployThisRelease;
    }

    @DataBoundSetter
    public void setDeployThisRelease(boolean deployThisRelease) {
        this.deployThisRelease = deployThisRelease;
    }

    public String getEnvironments() {
        return environments;
    }

    @DataBoundSetter
    public void setEnvironments(String environments) {
        this.environments = blankToNull(environments);
    }

    public String getTenants() {
        return tenants;
    }

    @DataBoundSetter
    public void setTenants(String tenants) {
        this.tenants = blankToNull(tenants);
    }

    public String getTenantTags() {
        return tenantTags;
    }

    @DataBoundSetter
    public void setTenantTags(String tenantTags) {
        this.tenantTags = blankToNull(tenantTags);
    }

    public String getVariables() {
        return variables;
    }

    @DataBoundSetter
    public void setVariables(String variables) {
        this.variables = blankToNull(variables);
    }

    public boolean isWaitForDeployment() {
        return waitForDeployment;
    }

    @DataBoundSetter
    public void setWaitForDeployment(boolean waitForDeployment) {
        this.waitForDeployment = waitForDeployment;
    }

    public String getDeploymentTimeout() {
        return deploymentTimeout;
    }

    @DataBoundSetter
    public void setDeploymentTimeout(String deploymentTimeout) {
        this.deploymentTimeout = blankToNull(deploymentTimeout);
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    @DataBoundSetter
    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public boolean isCancelOnAbort() {
        return cancelOnAbort;
    }

    @DataBoundSetter
    public void setCancelOnAbort(boolean cancelOnAbort) {
        this.cancelOnAbort = cancelOnAbort;
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
        return new CreateReleaseOperation(
                x(env, project),
                x(env, releaseVersion),
                x(env, channel),
                x(env, packageVersions),
                x(env, defaultPackageVersion),
                x(env, releaseNotes),
                x(env, releaseNotesFile),
                linkBuild,
                ignoreIfExists,
                deployThisRelease ? deployment(env, environments) : null);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public void perform(
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws InterruptedException, IOException {
        Result result = run.getResult();
        if (result != null && result.isWorseThan(Result.UNSTABLE)) {
            listener.getLogger().println(Messages.Step_SkippedAfterFailure());
            return;
        }
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

    private DeploymentSettings deployment(EnvVars env, String environments) {
        return new DeploymentSettings(
                x(env, environments),
                x(env, tenants),
                x(env, tenantTags),
                x(env, variables),
                waitForDeployment,
                x(env, deploymentTimeout),
                cancelOnTimeout,
                cancelOnAbort);
    }

    /** Display name, symbol and form helpers. */
    @Extension
    @Symbol("freightCreateRelease")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.CreateReleaseRecorder_DisplayName();
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
        public FormValidation doCheckProject(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }
    }
}
