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
 * Build step {@code freightPack}: see {@link PackOperation}. In Pipeline the step of the same name
 * ({@code io.jenkins.plugins.freight.plugin.pipeline.FreightPackStep}) returns a map.
 */
public final class FreightPackBuilder extends Builder implements SimpleBuildStep {

    private final String packageId;
    private final String version;
    private String format = "zip";
    private String sourcePath;
    private String includes;
    private String excludes;
    private String outputPath;
    private boolean overwrite;

    @DataBoundConstructor
    public FreightPackBuilder(String packageId, String version) {
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

    /** The operation with {@code ${VAR}} build variables expanded. */
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
    public void perform(
            Run<?, ?> run,
            FilePath workspace,
            EnvVars env,
            Launcher launcher,
            TaskListener listener)
            throws InterruptedException, IOException {
        FreightStepRunner.run(
                operation(env),
                new ServerChoice(null, null, null).expand(env),
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
    @Symbol("freightPack")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.PackBuilder_DisplayName();
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
