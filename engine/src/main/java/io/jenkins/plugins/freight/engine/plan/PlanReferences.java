package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Resolves what a lead wrote (names, versions) into ids, reporting every unknown reference at once.
 */
final class PlanReferences {

    /** A resolved item. */
    record Resolved(String projectId, String releaseId, String notes) {}

    private final ProjectService projects;
    private final ReleaseService releases;
    private final EnvironmentService environments;

    PlanReferences(
            ProjectService projects, ReleaseService releases, EnvironmentService environments) {
        this.projects = projects;
        this.releases = releases;
        this.environments = environments;
    }

    Environment environment(Handle h, String spaceId, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException(
                    "The plan is not valid.", List.of("The target environment is required."));
        }
        try {
            return environments.require(h, spaceId, reference.strip());
        } catch (NotFoundException e) {
            throw new InvalidInputException(
                    "The plan is not valid.", List.of(e.getMessage() + "."));
        }
    }

    List<Resolved> items(Handle h, String spaceId, List<PlanDraft.Item> items) {
        List<String> errors = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            resolved.add(item(h, spaceId, items.get(i), "Item " + (i + 1), errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The plan is not valid.", errors);
        }
        return resolved;
    }

    private Resolved item(
            Handle h, String spaceId, PlanDraft.Item item, String label, List<String> errors) {
        if (item == null || blank(item.project()) || blank(item.release())) {
            errors.add(label + ": a project and a release are required.");
            return null;
        }
        Project project;
        try {
            project = projects.require(h, spaceId, item.project().strip());
        } catch (NotFoundException e) {
            errors.add(label + ": " + e.getMessage() + ".");
            return null;
        }
        Release release;
        try {
            release =
                    item.release().startsWith("Releases-")
                            ? releases.require(h, spaceId, item.release().strip())
                            : releases.requireByVersion(h, spaceId, project.id(), item.release());
        } catch (NotFoundException e) {
            errors.add(label + ": " + e.getMessage());
            return null;
        }
        if (!release.projectId().equals(project.id())) {
            errors.add(
                    label
                            + ": release "
                            + release.version()
                            + " is not a release of "
                            + project.name()
                            + ".");
            return null;
        }
        String notes = item.notes() == null ? "" : item.notes().strip();
        if (notes.length() > 20_000) {
            errors.add(label + ": notes must be at most 20000 characters.");
        }
        return new Resolved(project.id(), release.id(), notes);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
