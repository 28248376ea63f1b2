package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A release: one version of a project, with the package versions it deploys and immutable snapshots
 * of the deployment process and variables taken when it was created.
 *
 * @param id {@code Releases-N}
 * @param spaceId the space
 * @param projectId the project
 * @param channelId the channel it was created in (its lifecycle and version rules apply)
 * @param version the release number as written, e.g. {@code 1.2.0}; unique per project by semantic
 *     equality
 * @param releaseNotes Markdown, may be empty
 * @param assembled when it was created
 * @param ignoreChannelRules whether explicit package versions were allowed to break the channel's
 *     version rules
 * @param processSnapshotId the frozen deployment process
 * @param variableSnapshotId the frozen variables (project set and included library sets); replaced
 *     by "update variables"
 * @param selectedPackages the pinned package versions, one per package reference
 * @param buildInformation build information of the pinned packages when it was pushed (commits,
 *     work items, build URL), frozen at creation
 * @param customFields the channel's custom fields, name to value
 * @param createdById who created it ({@code Users-N} or {@code system})
 * @param createdBy their user name
 * @param lastModifiedOn when it was created or its variables were last re-snapshotted
 * @param lastModifiedBy who did that
 */
public record Release(
        String id,
        String spaceId,
        String projectId,
        String channelId,
        String version,
        String releaseNotes,
        Instant assembled,
        boolean ignoreChannelRules,
        String processSnapshotId,
        String variableSnapshotId,
        List<SelectedPackage> selectedPackages,
        List<ReleaseBuildInformation> buildInformation,
        Map<String, String> customFields,
        String createdById,
        String createdBy,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(version, "version");
        releaseNotes = releaseNotes == null ? "" : releaseNotes;
        selectedPackages = Documents.listCopy(selectedPackages);
        buildInformation = Documents.listCopy(buildInformation);
        customFields = Documents.orderedCopy(customFields);
    }

    /** The same release with a new variable snapshot (what "update variables" does). */
    public Release withVariableSnapshot(String snapshotId, Instant on, String by) {
        return new Release(
                id,
                spaceId,
                projectId,
                channelId,
                version,
                releaseNotes,
                assembled,
                ignoreChannelRules,
                processSnapshotId,
                snapshotId,
                selectedPackages,
                buildInformation,
                customFields,
                createdById,
                createdBy,
                on,
                by);
    }
}
