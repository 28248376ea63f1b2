package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What clients send to create releases, and how each maps to the engine's one request. */
final class ReleaseBodies {

    private ReleaseBodies() {}

    /**
     * The executions API ({@code releases/create/v1}): names or ids, package specs as text. TS
     * sends PascalCase, Go camelCase; both carry space fields that are ignored here.
     */
    record CreateV1(
            String projectName,
            String releaseVersion,
            String channelName,
            String packageVersion,
            List<String> packages,
            String releaseNotes,
            Boolean ignoreIfAlreadyExists,
            Boolean ignoreChannelRules,
            String packagePrerelease,
            Map<String, String> customFields) {

        CreateReleaseRequest toRequest() {
            return new CreateReleaseRequest(
                    projectName,
                    releaseVersion,
                    channelName,
                    packageVersion,
                    packages == null ? List.of() : packages,
                    releaseNotes,
                    ignoreIfAlreadyExists != null && ignoreIfAlreadyExists,
                    ignoreChannelRules != null && ignoreChannelRules,
                    packagePrerelease,
                    customFields == null ? Map.of() : customFields);
        }
    }

    /** The classic {@code POST releases}: ids and selected packages per action. */
    record Classic(
            String projectId,
            String channelId,
            String version,
            String releaseNotes,
            List<Selected> selectedPackages,
            Boolean ignoreChannelRules,
            Map<String, String> customFields) {

        /** {@code StepName} is the legacy spelling of {@code ActionName}. */
        record Selected(
                String actionName, String stepName, String packageReferenceName, String version) {}

        CreateReleaseRequest toRequest(boolean ignoreRulesFromQuery) {
            List<String> specs = new ArrayList<>();
            if (selectedPackages != null) {
                for (Selected s : selectedPackages) {
                    String action = s.actionName() != null ? s.actionName() : s.stepName();
                    String reference = s.packageReferenceName();
                    specs.add(
                            reference == null || reference.isEmpty()
                                    ? action + ":" + s.version()
                                    : action + ":" + reference + ":" + s.version());
                }
            }
            return new CreateReleaseRequest(
                    projectId,
                    version,
                    channelId,
                    null,
                    specs,
                    releaseNotes,
                    false,
                    ignoreRulesFromQuery || (ignoreChannelRules != null && ignoreChannelRules),
                    null,
                    customFields == null ? Map.of() : customFields);
        }
    }

    /** The answer of {@code releases/create/v1}. */
    record CreatedV1(String releaseId, String releaseVersion) {}
}
