package io.jenkins.plugins.freight.server.libraryvariablesets;

import io.jenkins.plugins.freight.engine.variable.LibraryVariableSet;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code LibraryVariableSet} resource; also the body of creates and updates. Freight's
 * sets hold variables only ({@code ContentType} {@value #VARIABLES}); script modules and tenant
 * variable templates do not exist, so {@code Templates} is always empty (a body with templates is
 * refused rather than losing them).
 */
public record LibraryVariableSetWire(
        String id,
        String name,
        String description,
        String spaceId,
        String variableSetId,
        String contentType,
        List<Object> templates,
        Map<String, String> links) {

    static final String VARIABLES = "Variables";

    static LibraryVariableSetWire of(LibraryVariableSet set, Links l) {
        String space = "/" + Links.segment(set.spaceId());
        return new LibraryVariableSetWire(
                set.id(),
                set.name(),
                set.description(),
                set.spaceId(),
                set.variableSetId(),
                VARIABLES,
                List.of(),
                Links.of(
                        "Self",
                        l.api(space + "/libraryvariablesets/" + Links.segment(set.id())),
                        "Variables",
                        l.api(space + "/variables/" + Links.segment(set.variableSetId()))));
    }

    /** The set this body describes, over {@code current} (null when creating). */
    LibraryVariableSet toSet(LibraryVariableSet current) {
        if (contentType != null && !contentType.equalsIgnoreCase(VARIABLES)) {
            throw ApiProblem.badRequest(
                    "The property 'ContentType' must be Variables: script modules are not"
                            + " supported.");
        }
        if (templates != null && !templates.isEmpty()) {
            throw ApiProblem.badRequest(
                    "The property 'Templates' must be empty: tenant variable templates are not"
                            + " supported.");
        }
        return new LibraryVariableSet(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), ""),
                Merge.pick(description, current == null ? null : current.description(), ""),
                current == null ? null : current.variableSetId());
    }
}
