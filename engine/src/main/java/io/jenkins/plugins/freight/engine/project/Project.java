package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * A project: what is deployed, how (its deployment process and variables) and through which
 * lifecycle. Creating one also creates its deployment process, its variable set id and its default
 * channel. Build new ones with {@link #builder}, change them with {@link #toBuilder}.
 *
 * @param id {@code Projects-N}
 * @param name unique in the space (case-insensitive)
 * @param slug unique in the space; generated from the name when not given
 * @param isDisabled a disabled project takes no releases or deployments
 * @param projectGroupId {@code ProjectGroups-N} (default: the space's Default Project Group)
 * @param lifecycleId {@code Lifecycles-N} (default: the space's Default Lifecycle)
 * @param variableSetId {@code variableset-Projects-N}, fixed at creation
 * @param deploymentProcessId {@code deploymentprocess-Projects-N}, fixed at creation
 * @param clonedFromProjectId the project this one was copied from, or null
 * @param includedLibraryVariableSetIds library variable sets, earlier ones take precedence
 * @param discreteChannelRelease whether each channel has its own current release
 * @param defaultToSkipIfAlreadyInstalled whether deployments skip packages already installed
 * @param versioningStrategy how release versions are chosen when none is given
 * @param autoCreateRelease whether pushing the release-creation package creates a release
 * @param allowIgnoreChannelRules whether a release may ignore channel version rules
 * @param forcePackageDownload whether packages are downloaded even when already on the target
 * @param templates variable templates tenants fill in
 * @param projectTags tags as {@code TagSet/Tag}
 */
public record Project(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        boolean isDisabled,
        String projectGroupId,
        String lifecycleId,
        String variableSetId,
        String deploymentProcessId,
        String clonedFromProjectId,
        List<String> includedLibraryVariableSetIds,
        boolean discreteChannelRelease,
        boolean defaultToSkipIfAlreadyInstalled,
        TenantedDeploymentMode tenantedDeploymentMode,
        GuidedFailureMode defaultGuidedFailureMode,
        VersioningStrategy versioningStrategy,
        ReleaseCreationStrategy releaseCreationStrategy,
        boolean autoCreateRelease,
        boolean allowIgnoreChannelRules,
        boolean forcePackageDownload,
        ProjectConnectivityPolicy projectConnectivityPolicy,
        List<ProjectTemplate> templates,
        String releaseNotesTemplate,
        String deploymentChangesTemplate,
        List<String> projectTags,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Project {
        description = description == null ? "" : description;
        includedLibraryVariableSetIds = Documents.listCopy(includedLibraryVariableSetIds);
        tenantedDeploymentMode =
                tenantedDeploymentMode == null
                        ? TenantedDeploymentMode.UNTENANTED
                        : tenantedDeploymentMode;
        defaultGuidedFailureMode =
                defaultGuidedFailureMode == null
                        ? GuidedFailureMode.ENVIRONMENT_DEFAULT
                        : defaultGuidedFailureMode;
        versioningStrategy =
                versioningStrategy == null
                        ? VersioningStrategy.defaultTemplate()
                        : versioningStrategy;
        releaseCreationStrategy =
                releaseCreationStrategy == null
                        ? ReleaseCreationStrategy.none()
                        : releaseCreationStrategy;
        projectConnectivityPolicy =
                projectConnectivityPolicy == null
                        ? ProjectConnectivityPolicy.defaults()
                        : projectConnectivityPolicy;
        templates = Documents.listCopy(templates);
        projectTags = Documents.listCopy(projectTags);
    }

    /** The id of the deployment process a project with this id gets. */
    public static String deploymentProcessIdOf(String projectId) {
        return "deploymentprocess-" + projectId;
    }

    /** The id of the variable set a project with this id gets. */
    public static String variableSetIdOf(String projectId) {
        return "variableset-" + projectId;
    }

    /** A new project with a name (group and lifecycle: the space's defaults unless set). */
    public static Builder builder(String name) {
        Builder b = new Builder();
        b.name = name;
        b.allowIgnoreChannelRules = true;
        return b;
    }

    public Builder toBuilder() {
        return Builder.from(this);
    }

    /**
     * A builder for a clone of this project: its settings (group, lifecycle, included library
     * variable sets, templates, strategies, …) without its id, name and slug, marked as cloned from
     * it; {@link ProjectService#create} then copies its channels, process and variables.
     */
    public Builder cloneBuilder() {
        return Builder.from(this)
                .id(null)
                .spaceId(null)
                .name(null)
                .slug(null)
                .deploymentProcessId(null)
                .variableSetId(null)
                .lastModifiedOn(null)
                .lastModifiedBy(null)
                .clonedFromProjectId(id);
    }

    /** Builds projects field by field; unset fields take the defaults above. */
    public static final class Builder {

        private String id;
        private String spaceId;
        private String name;
        private String slug;
        private String description;
        private boolean isDisabled;
        private String projectGroupId;
        private String lifecycleId;
        private String variableSetId;
        private String deploymentProcessId;
        private String clonedFromProjectId;
        private List<String> includedLibraryVariableSetIds;
        private boolean discreteChannelRelease;
        private boolean defaultToSkipIfAlreadyInstalled;
        private TenantedDeploymentMode tenantedDeploymentMode;
        private GuidedFailureMode defaultGuidedFailureMode;
        private VersioningStrategy versioningStrategy;
        private ReleaseCreationStrategy releaseCreationStrategy;
        private boolean autoCreateRelease;
        private boolean allowIgnoreChannelRules;
        private boolean forcePackageDownload;
        private ProjectConnectivityPolicy projectConnectivityPolicy;
        private List<ProjectTemplate> templates;
        private String releaseNotesTemplate;
        private String deploymentChangesTemplate;
        private List<String> projectTags;
        private Instant lastModifiedOn;
        private String lastModifiedBy;

        private Builder() {}

        static Builder from(Project p) {
            Builder b = new Builder();
            b.id = p.id;
            b.spaceId = p.spaceId;
            b.name = p.name;
            b.slug = p.slug;
            b.description = p.description;
            b.isDisabled = p.isDisabled;
            b.projectGroupId = p.projectGroupId;
            b.lifecycleId = p.lifecycleId;
            b.variableSetId = p.variableSetId;
            b.deploymentProcessId = p.deploymentProcessId;
            b.clonedFromProjectId = p.clonedFromProjectId;
            b.includedLibraryVariableSetIds = p.includedLibraryVariableSetIds;
            b.discreteChannelRelease = p.discreteChannelRelease;
            b.defaultToSkipIfAlreadyInstalled = p.defaultToSkipIfAlreadyInstalled;
            b.tenantedDeploymentMode = p.tenantedDeploymentMode;
            b.defaultGuidedFailureMode = p.defaultGuidedFailureMode;
            b.versioningStrategy = p.versioningStrategy;
            b.releaseCreationStrategy = p.releaseCreationStrategy;
            b.autoCreateRelease = p.autoCreateRelease;
            b.allowIgnoreChannelRules = p.allowIgnoreChannelRules;
            b.forcePackageDownload = p.forcePackageDownload;
            b.projectConnectivityPolicy = p.projectConnectivityPolicy;
            b.templates = p.templates;
            b.releaseNotesTemplate = p.releaseNotesTemplate;
            b.deploymentChangesTemplate = p.deploymentChangesTemplate;
            b.projectTags = p.projectTags;
            b.lastModifiedOn = p.lastModifiedOn;
            b.lastModifiedBy = p.lastModifiedBy;
            return b;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder spaceId(String value) {
            this.spaceId = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder slug(String value) {
            this.slug = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder isDisabled(boolean value) {
            this.isDisabled = value;
            return this;
        }

        public Builder projectGroupId(String value) {
            this.projectGroupId = value;
            return this;
        }

        public Builder lifecycleId(String value) {
            this.lifecycleId = value;
            return this;
        }

        public Builder variableSetId(String value) {
            this.variableSetId = value;
            return this;
        }

        public Builder deploymentProcessId(String value) {
            this.deploymentProcessId = value;
            return this;
        }

        public Builder clonedFromProjectId(String value) {
            this.clonedFromProjectId = value;
            return this;
        }

        public Builder includedLibraryVariableSetIds(List<String> value) {
            this.includedLibraryVariableSetIds = value;
            return this;
        }

        public Builder discreteChannelRelease(boolean value) {
            this.discreteChannelRelease = value;
            return this;
        }

        public Builder defaultToSkipIfAlreadyInstalled(boolean value) {
            this.defaultToSkipIfAlreadyInstalled = value;
            return this;
        }

        public Builder tenantedDeploymentMode(TenantedDeploymentMode value) {
            this.tenantedDeploymentMode = value;
            return this;
        }

        public Builder defaultGuidedFailureMode(GuidedFailureMode value) {
            this.defaultGuidedFailureMode = value;
            return this;
        }

        public Builder versioningStrategy(VersioningStrategy value) {
            this.versioningStrategy = value;
            return this;
        }

        public Builder releaseCreationStrategy(ReleaseCreationStrategy value) {
            this.releaseCreationStrategy = value;
            return this;
        }

        public Builder autoCreateRelease(boolean value) {
            this.autoCreateRelease = value;
            return this;
        }

        public Builder allowIgnoreChannelRules(boolean value) {
            this.allowIgnoreChannelRules = value;
            return this;
        }

        public Builder forcePackageDownload(boolean value) {
            this.forcePackageDownload = value;
            return this;
        }

        public Builder projectConnectivityPolicy(ProjectConnectivityPolicy value) {
            this.projectConnectivityPolicy = value;
            return this;
        }

        public Builder templates(List<ProjectTemplate> value) {
            this.templates = value;
            return this;
        }

        public Builder releaseNotesTemplate(String value) {
            this.releaseNotesTemplate = value;
            return this;
        }

        public Builder deploymentChangesTemplate(String value) {
            this.deploymentChangesTemplate = value;
            return this;
        }

        public Builder projectTags(List<String> value) {
            this.projectTags = value;
            return this;
        }

        public Builder lastModifiedOn(Instant value) {
            this.lastModifiedOn = value;
            return this;
        }

        public Builder lastModifiedBy(String value) {
            this.lastModifiedBy = value;
            return this;
        }

        public Project build() {
            return new Project(
                    id,
                    spaceId,
                    name,
                    slug,
                    description,
                    isDisabled,
                    projectGroupId,
                    lifecycleId,
                    variableSetId,
                    deploymentProcessId,
                    clonedFromProjectId,
                    includedLibraryVariableSetIds,
                    discreteChannelRelease,
                    defaultToSkipIfAlreadyInstalled,
                    tenantedDeploymentMode,
                    defaultGuidedFailureMode,
                    versioningStrategy,
                    releaseCreationStrategy,
                    autoCreateRelease,
                    allowIgnoreChannelRules,
                    forcePackageDownload,
                    projectConnectivityPolicy,
                    templates,
                    releaseNotesTemplate,
                    deploymentChangesTemplate,
                    projectTags,
                    lastModifiedOn,
                    lastModifiedBy);
        }
    }
}
