package io.jenkins.plugins.freight.engine.channel;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectCloner;
import io.jenkins.plugins.freight.engine.project.ProjectListener;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.tenant.TagResolution;
import io.jenkins.plugins.freight.engine.tenant.TagSetService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Channels of projects: exactly one default per project (created with the project as "Default"), an
 * optional lifecycle override, and version rules checked against the project's process.
 */
public final class ChannelService {

    private static final String KIND = "Channel";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final ProjectService projects;
    private final LifecycleService lifecycles;
    private final ProcessService processes;
    private final TagSetService tagSets;
    private final ChannelRepository channels;
    private final References references;
    private final List<ChannelListener> listeners = new CopyOnWriteArrayList<>();

    public ChannelService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            ProjectService projects,
            LifecycleService lifecycles,
            ProcessService processes,
            TagSetService tagSets,
            ChannelRepository channels,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.projects = projects;
        this.lifecycles = lifecycles;
        this.processes = processes;
        this.tagSets = tagSets;
        this.channels = channels;
        this.references = references;
    }

    /** Registers a listener that may refuse deleting a channel; call while wiring the engine. */
    public void addListener(ChannelListener listener) {
        listeners.add(listener);
    }

    /** Gives each new project its "Default" channel and removes a project's channels with it. */
    public ProjectListener projectListener() {
        return new ProjectListener() {
            @Override
            public void created(Handle handle, Project project) {
                Channel initial = Channel.of(project.id(), Channel.DEFAULT_NAME).withDefault(true);
                insert(handle, project, initial, project.lastModifiedBy());
            }

            @Override
            public void deleting(Handle handle, Project project) {
                for (Channel c : channels.ofProject(handle, project.spaceId(), project.id())) {
                    references.remove(handle, c.id());
                    channels.delete(handle, project.spaceId(), c.id());
                }
            }
        };
    }

    /**
     * Gives a clone the channels of its source, rules, lifecycles and tenant tags included, in
     * place of the Default channel it was created with; records each copy's id for later cloners.
     */
    public ProjectCloner projectCloner() {
        return (handle, clone) -> {
            Project copy = clone.copy();
            for (Channel initial : channels.ofProject(handle, copy.spaceId(), copy.id())) {
                references.remove(handle, initial.id());
                channels.delete(handle, copy.spaceId(), initial.id());
            }
            for (Channel c : channels.ofProject(handle, copy.spaceId(), clone.source().id())) {
                Channel stored =
                        c.stored(
                                Database.nextId(handle, "Channels"),
                                copy.spaceId(),
                                copy.id(),
                                c.name(),
                                c.slug(),
                                c.rules(),
                                clock.instant(),
                                copy.lastModifiedBy());
                channels.insert(handle, stored);
                recordReferences(handle, stored);
                clone.copied(c.id(), stored.id());
            }
        };
    }

    /** Creates a channel of {@code channel.projectId()}; a new default takes the flag over. */
    public Channel create(Caller caller, String spaceId, Channel channel) {
        access.require(caller, "ProcessEdit", spaceId);
        return database.inTransaction(
                h -> {
                    if (channel.projectId() == null || channel.projectId().isBlank()) {
                        throw new InvalidInputException("A channel needs a project.");
                    }
                    Project project = projects.require(h, spaceId, channel.projectId());
                    Channel stored = insert(h, project, channel, caller.username());
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId,
                                            stored.id(),
                                            KIND
                                                    + " "
                                                    + stored.name()
                                                    + " of "
                                                    + project.name()
                                                    + " was created",
                                            stored)
                                    .withProject(project.id()));
                    return stored;
                });
    }

    /** By id; an id of another space is not found. */
    public Channel get(Caller caller, String spaceId, String id) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(h -> require(h, spaceId, id));
    }

    /** By name; {@code project} (id, slug or name) null means every project of the space. */
    public Page<Channel> list(Caller caller, String spaceId, ListQuery query, String project) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    String projectId =
                            project == null ? null : projects.require(h, spaceId, project).id();
                    return channels.list(h, spaceId, query, projectId);
                });
    }

    /**
     * Saves a channel (its project stays). Making it the default takes the flag from the project's
     * other channels; the default channel cannot give the flag up otherwise.
     */
    public Channel modify(Caller caller, String spaceId, String id, Channel changed) {
        access.require(caller, "ProcessEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Channel current = require(h, spaceId, id);
                    Project project = projects.require(h, spaceId, current.projectId());
                    if (current.isDefault() && !changed.isDefault()) {
                        throw new ConflictException(
                                "Channel '"
                                        + current.name()
                                        + "' is the project's default channel; make another channel"
                                        + " the default instead.");
                    }
                    Channel stored =
                            validated(h, project, changed, name, current, caller.username());
                    if (stored.isDefault() && !current.isDefault()) {
                        clearDefault(h, project);
                    }
                    channels.update(h, stored);
                    recordReferences(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            KIND
                                                    + " "
                                                    + name
                                                    + " of "
                                                    + project.name()
                                                    + " was changed",
                                            current,
                                            stored)
                                    .withProject(project.id()));
                    return stored;
                });
    }

    /**
     * Deletes a channel. The project's default channel cannot be deleted, nor one still used (by
     * process steps, or by releases through a {@link ChannelListener}; the refusal names them).
     */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "ProcessEdit", spaceId);
        database.useTransaction(
                h -> {
                    Channel current = require(h, spaceId, id);
                    if (current.isDefault()) {
                        throw new ConflictException(
                                "Channel '"
                                        + current.name()
                                        + "' is the project's default channel and cannot be"
                                        + " deleted.");
                    }
                    for (ChannelListener listener : listeners) {
                        listener.deleting(h, current);
                    }
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    channels.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + current.name() + " was deleted",
                                            current)
                                    .withProject(current.projectId()));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** The channel by id, or {@link NotFoundException}. */
    public Channel require(Handle handle, String spaceId, String id) {
        spaces.require(handle, spaceId);
        return channels.find(handle, spaceId, id).orElseThrow(() -> NotFoundException.of(KIND, id));
    }

    /** A project's channel by id, slug or name, or {@link NotFoundException}. */
    public Channel requireInProject(
            Handle handle, String spaceId, String projectId, String reference) {
        return channels.findInProject(handle, spaceId, projectId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /** The project's default channel. */
    public Channel defaultChannel(Handle handle, String spaceId, String projectId) {
        return channels.ofProject(handle, spaceId, projectId).stream()
                .filter(Channel::isDefault)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Default channel of project", projectId));
    }

    /** Every channel of a project, by name. */
    public List<Channel> ofProject(Handle handle, String spaceId, String projectId) {
        return channels.ofProject(handle, spaceId, projectId);
    }

    /** The lifecycle a channel's releases follow: its own, else its project's. */
    public String effectiveLifecycleId(Handle handle, String spaceId, String channelId) {
        Channel channel = require(handle, spaceId, channelId);
        return channel.lifecycleId() != null
                ? channel.lifecycleId()
                : projects.require(handle, spaceId, channel.projectId()).lifecycleId();
    }

    /** Of these ids, those that are not channels of the project. */
    public List<String> missingInProject(
            Handle handle, String spaceId, String projectId, Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : channels.missingInProject(handle, spaceId, projectId, ids);
    }

    private Channel insert(Handle h, Project project, Channel channel, String by) {
        String name = Names.require(channel.name(), KIND);
        Channel stored = validated(h, project, channel, name, null, by);
        if (stored.isDefault()) {
            clearDefault(h, project);
        } else if (channels.ofProject(h, project.spaceId(), project.id()).isEmpty()) {
            stored = stored.withDefault(true);
        }
        channels.insert(h, stored);
        recordReferences(h, stored);
        return stored;
    }

    private Channel validated(
            Handle h, Project project, Channel c, String name, Channel current, String by) {
        String spaceId = project.spaceId();
        Scope scope = new Scope("project_id", project.id());
        String id = current != null ? current.id() : null;
        if (channels.table().isNameTaken(h, scope, name, id)) {
            throw new ConflictException(
                    "Project '" + project.name() + "' already has a channel named '" + name + "'.");
        }
        List<String> errors = new ArrayList<>();
        if (c.lifecycleId() != null) {
            try {
                lifecycles.require(h, spaceId, c.lifecycleId());
            } catch (NotFoundException e) {
                errors.add("Lifecycle '" + c.lifecycleId() + "' was not found in this space.");
            }
        }
        TagResolution tags = tagSets.resolve(h, spaceId, c.tenantTags());
        errors.addAll(tags.errors());
        errors.addAll(
                ChannelRules.problems(
                        c.rules(), processes.requireForProject(h, spaceId, project.id())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The channel is not valid: " + String.join(" ", errors), errors);
        }
        String newId = id != null ? id : Database.nextId(h, "Channels");
        String slug =
                channels.table()
                        .slugFor(
                                h,
                                scope,
                                c.slug(),
                                current == null ? null : current.slug(),
                                name,
                                newId,
                                KIND);
        String lifecycleId =
                c.lifecycleId() == null
                        ? null
                        : lifecycles.require(h, spaceId, c.lifecycleId()).id();
        return c.withLifecycleId(lifecycleId)
                .withTenantTags(tags.canonicalNames())
                .stored(
                        newId,
                        spaceId,
                        project.id(),
                        name,
                        slug,
                        ChannelRules.withIds(c.rules()),
                        clock.instant(),
                        by);
    }

    private void clearDefault(Handle h, Project project) {
        for (Channel other : channels.ofProject(h, project.spaceId(), project.id())) {
            if (other.isDefault()) {
                channels.update(h, other.withDefault(false));
            }
        }
    }

    private void recordReferences(Handle h, Channel c) {
        List<String> targets = new ArrayList<>();
        if (c.lifecycleId() != null) {
            targets.add(c.lifecycleId());
        }
        targets.addAll(tagSets.resolve(h, c.spaceId(), c.tenantTags()).ids());
        references.replace(h, c.spaceId(), new Referrer(KIND, c.id(), c.name()), targets);
    }
}
