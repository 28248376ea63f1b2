package io.jenkins.plugins.freight.engine.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project being cloned: the source, its new copy, and the ids of documents the cloners copied so
 * far (a source channel's id to its copy's), so later cloners can point at the copies.
 */
public final class ProjectClone {

    private final Project source;
    private final Project copy;
    private final Map<String, String> copies = new HashMap<>();

    ProjectClone(Project source, Project copy) {
        this.source = source;
        this.copy = copy;
    }

    public Project source() {
        return source;
    }

    public Project copy() {
        return copy;
    }

    /** Records that {@code copyId} is the copy's counterpart of the source's {@code sourceId}. */
    public void copied(String sourceId, String copyId) {
        copies.put(sourceId, copyId);
    }

    /**
     * The copy's counterpart of a document the source owned, or the id itself for documents both
     * projects share (environments, machines, tenants, …).
     */
    public String translate(String id) {
        return copies.getOrDefault(id, id);
    }

    public List<String> translate(List<String> ids) {
        return ids.stream().map(this::translate).toList();
    }
}
