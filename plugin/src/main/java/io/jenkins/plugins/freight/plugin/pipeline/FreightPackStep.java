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
 * Pipeline step {@code freightPack}: see {@link PackOperation}; returns its value map (see
 * docs/jenkins.md).
 */
public final class FreightPackStep extends Step {

    private final String packageId;
    private final String version;
    private String format = "zip";
    private String sourcePath;
    private String includes;
    private String excludes;
    private String outputPath;
    private boolean overwrite;

    @DataBoundConstructor
    public FreightPackStep(String packageId, String version) {
        this.packageId = packageId;
        this.version = version;
    }

    public String getPackageId() {
        return packageId;
    }

    public String getVersion() {
        return version;
    }

    public String getFormat() {
        return format;
    }

    @DataBoundSetter
    public void setFormat(String format) {
        this.format = blankToNull(format);
    }

    public String getSourcePath() {
        return sourcePath;
    }

    @DataBoundSetter
    public void setSourcePath(String sourcePath) {
        this.sourcePath = blankToNull(sourcePath);
    }

    public String getIncludes() {
        return includes;
    }

    @DataBoundSetter
    public void setIncludes(String includes) {
        this.includes = blankToNull(includes);
    }

    public String getExcludes() {
        return excludes;
    }

    @DataBoundSetter
    public void setExcludes(String excludes) {
        this.excludes = blankToNull(excludes);
    }

    public String getOutputPath() {
        return outputPath;
    }

    @DataBoundSetter
    public void setOutputPath(String outputPath) {
        this.outputPath = blankToNull(outputPath);
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    @DataBoundSetter
    public void setOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }

    /** The operation with {@code ${VAR}} variables expanded. */
    FreightOperation operation(EnvVars env) {
        return new PackOperation(
                x(env, packageId),
                x(env, version),
                x(env, format),
                x(env, sourcePath),
                x(env, includes),
                x(env, excludes),
                x(env, outputPath),
                overwrite);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new FreightStepExecution(
                context, this::operation, new ServerChoice(null, null, null));
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
            return "freightPack";
        }

        @Override
        public String getDisplayName() {
            return Messages.PackBuilder_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class, FilePath.class);
        }

        @POST
        public FormValidation doCheckPackageId(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }

        @POST
        public FormValidation doCheckVersion(
                @AncestorInPath Item item, @QueryParameter String value) {
            return StepForms.required(item, value);
        }

        public ListBoxModel doFillFormatItems() {
            ListBoxModel items = new ListBoxModel();
            items.add("zip", "zip");
            items.add("tar.gz", "tar.gz");
            items.add("nupkg", "nupkg");
            return items;
        }
    }
}
