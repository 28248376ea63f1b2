package io.jenkins.plugins.freight.engine.error;

/** A referenced document does not exist (or the caller may not see it). */
public final class NotFoundException extends FreightException {

    public NotFoundException(String message) {
        super(message);
    }

    /** E.g. {@code of("Project", "Projects-9")} → "Project 'Projects-9' was not found". */
    public static NotFoundException of(String kind, String idOrName) {
        return new NotFoundException(kind + " '" + idOrName + "' was not found");
    }
}
