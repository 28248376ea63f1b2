package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Build information as a CI server pushes it (Octopus's {@code OctopusBuildInformation}). Null
 * texts mean empty.
 */
public record BuildInformationRequest(
        String packageId,
        String version,
        String buildEnvironment,
        String buildNumber,
        String buildUrl,
        String branch,
        String vcsType,
        String vcsRoot,
        String vcsCommitNumber,
        List<BuildInformation.Commit> commits,
        List<BuildInformation.WorkItem> workItems) {

    static final int MAX_COMMITS = 1000;
    static final int MAX_COMMENT = 10_000;

    public BuildInformationRequest {
        buildEnvironment = orEmpty(buildEnvironment);
        buildNumber = orEmpty(buildNumber);
        buildUrl = orEmpty(buildUrl);
        branch = orEmpty(branch);
        vcsType = orEmpty(vcsType);
        vcsRoot = orEmpty(vcsRoot);
        vcsCommitNumber = orEmpty(vcsCommitNumber);
        commits = commits == null ? List.of() : List.copyOf(commits);
        workItems = workItems == null ? List.of() : List.copyOf(workItems);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Checks every field and returns the package coordinates.
     *
     * @throws InvalidInputException listing every problem
     */
    PackageCoordinates validate() {
        List<String> errors = new ArrayList<>();
        PackageCoordinates coordinates = coordinates(errors);
        limit(errors, "BuildEnvironment", buildEnvironment, 200);
        limit(errors, "BuildNumber", buildNumber, 200);
        limit(errors, "BuildUrl", buildUrl, 2000);
        limit(errors, "Branch", branch, 500);
        limit(errors, "VcsType", vcsType, 50);
        limit(errors, "VcsRoot", vcsRoot, 2000);
        limit(errors, "VcsCommitNumber", vcsCommitNumber, 200);
        if (!buildUrl.isEmpty() && webUrl(buildUrl).isEmpty()) {
            errors.add("BuildUrl must be an http or https URL.");
        }
        if (commits.size() > MAX_COMMITS || workItems.size() > MAX_COMMITS) {
            errors.add("At most " + MAX_COMMITS + " commits and work items are accepted.");
        }
        for (BuildInformation.Commit c : commits) {
            limit(errors, "A commit Id", c.id(), 200);
            limit(errors, "A commit Comment", c.comment(), MAX_COMMENT);
        }
        for (BuildInformation.WorkItem w : workItems) {
            limit(errors, "A work item Id", w.id(), 200);
            limit(errors, "A work item Description", w.description(), MAX_COMMENT);
            if (!w.linkUrl().isEmpty() && webUrl(w.linkUrl()).isEmpty()) {
                errors.add("A work item LinkUrl must be an http or https URL.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? errors.get(0)
                            : "The build information has " + errors.size() + " problems.",
                    errors);
        }
        return coordinates;
    }

    private PackageCoordinates coordinates(List<String> errors) {
        String id = orEmpty(packageId);
        Optional<OctopusVersion> v = OctopusVersion.tryParse(orEmpty(version));
        if (v.isEmpty()) {
            errors.add("Version must be a valid package version, such as 1.0.0.");
        }
        try {
            PackageFileName.checkPackageId(id);
        } catch (InvalidInputException e) {
            errors.add(e.getMessage());
            return null;
        }
        return v.map(version -> new PackageCoordinates(id, version)).orElse(null);
    }

    private static void limit(List<String> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(field + " is longer than " + max + " characters.");
        }
    }

    /** The URL when it is an absolute http(s) URL; never a script or file link. */
    static Optional<URI> webUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A link to a commit when the VCS is Git (or unnamed), its root a web URL and the commit a hex
     * hash ({@code <root>/commit/<hash>}, as GitHub, GitLab and Gitea serve it); otherwise "".
     */
    String commitUrl(String commit) {
        boolean git = vcsType.isEmpty() || vcsType.equalsIgnoreCase("git");
        if (!git || !commit.matches("[0-9a-fA-F]{4,64}") || webUrl(vcsRoot).isEmpty()) {
            return "";
        }
        String root = vcsRoot.endsWith("/") ? vcsRoot.substring(0, vcsRoot.length() - 1) : vcsRoot;
        root = root.endsWith(".git") ? root.substring(0, root.length() - 4) : root;
        return root + "/commit/" + commit;
    }
}
