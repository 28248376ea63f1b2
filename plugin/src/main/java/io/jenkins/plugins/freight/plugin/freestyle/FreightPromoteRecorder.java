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
 * Post-build action {@code freightPromote}: see {@link PromoteOperation}. In Pipeline the step of
 * the same name ({@code io.jenkins.plugins.freight.plugin.pipeline.FreightPromoteStep}) returns a
 * map.
 */
public final class FreightPromoteRecorder extends Recorder implements SimpleBuildStep {

    private final String project;
    private final String fromEnvironment;
    private final String environments;
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
    public FreightPromoteRecorder(String project, String fromEnvironment, String environments) {
        this.project = project;
        this.fromEnvironment = fromEnvironment;
        this.environments = environments;
    }

    public String getProject() {
        return project;
    }

    public String getFromEnvironment() {
        return fromEnvironment;
    }

    public String getEnvironments() {
        return environments;
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
        return new PromoteOperation(
                x(env, project), x(env, fromEnvironment), deployment(env, environments));
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
    @Symbol("freightPromote")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.PromoteRecorder_DisplayName();
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

        @POST
        public FormValidation doCheckFromEnvironment(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }

        @POST
        public FormValidation doCheckEnvironments(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }
    }
}
