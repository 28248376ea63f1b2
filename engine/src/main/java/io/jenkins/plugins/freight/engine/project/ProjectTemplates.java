package io.jenkins.plugins.freight.engine.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Checks a project's variable templates and gives new ones ids. */
final class ProjectTemplates {

    private ProjectTemplates() {}

    static List<ProjectTemplate> withIds(List<ProjectTemplate> templates, List<String> errors) {
        Set<String> names = new HashSet<>();
        List<ProjectTemplate> result = new ArrayList<>();
        for (ProjectTemplate t : templates) {
            if (t.name() == null || t.name().isBlank()) {
                errors.add("Every project variable template needs a name.");
                continue;
            }
            if (!names.add(t.name().toLowerCase(Locale.ROOT))) {
                errors.add("Two project variable templates are named '" + t.name() + "'.");
            }
            result.add(
                    new ProjectTemplate(
                            t.id() == null || t.id().isBlank()
                                    ? UUID.randomUUID().toString()
                                    : t.id(),
                            t.name(),
                            t.label(),
                            t.helpText(),
                            t.defaultValue(),
                            t.displaySettings()));
        }
        return result;
    }
}
