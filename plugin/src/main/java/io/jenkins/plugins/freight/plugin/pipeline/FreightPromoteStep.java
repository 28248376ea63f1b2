package io.jenkins.plugins.freight.plugin.pipeline;

import hudson.EnvVars;
import hudson.Extension;
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
 * Pipeline step {@code freightPromote}: see {@link PromoteOperation}; returns its value map (see
 * docs/jenkins.md).
 */
public final class FreightPromoteStep extends Step {

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
    public FreightPromoteStep(String project, String fromEnvironment, String environments) {
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

    /** The operation with {@code ${VAR}} variables expanded. */
    FreightOperation operation(EnvVars env) {
        return new PromoteOperation(
                x(env, project), x(env, fromEnvironment), deployment(env, environments));
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

    /** Function name, required context and form helpers. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "freightPromote";
        }

        @Override
        public String getDisplayName() {
            return Messages.PromoteRecorder_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
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
