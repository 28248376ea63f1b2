package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * Filters for {@link TaskService#list}, as Octopus's {@code /api/tasks} query. Null or empty means
 * "any". Unknown ids are simply absent from the result.
 *
 * @param spaceId only this space, or null for all spaces
 * @param ids only these tasks
 * @param states only these states
 * @param projectId only tasks regarding this project
 * @param environmentId only tasks regarding this environment
 * @param tenantId only tasks regarding this tenant
 * @param name only tasks of this name, e.g. {@code Deploy}
 * @param node only tasks run by this node
 * @param active true: only unfinished tasks (Queued, Executing, Cancelling)
 * @param running true: only Executing or Cancelling tasks
 * @param hasPendingInterruptions true: only tasks waiting for a person
 * @param hasWarningsOrErrors true: only tasks whose log has a warning or error
 * @param partialName only tasks whose description contains this text, ignoring case
 * @param skip results to skip (paging)
 * @param take results to return at most (paging)
 */
public record TaskQuery(
        String spaceId,
        List<String> ids,
        Set<TaskState> states,
        String projectId,
        String environmentId,
        String tenantId,
        String name,
        String node,
        Boolean active,
        Boolean running,
        Boolean hasPendingInterruptions,
        Boolean hasWarningsOrErrors,
        String partialName,
        int skip,
        int take) {

    public static final int DEFAULT_TAKE = 30;

    public TaskQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        states = states == null ? Set.of() : Set.copyOf(states);
        if (skip < 0) {
            throw new InvalidInputException("skip must not be negative");
        }
        if (take < 0) {
            throw new InvalidInputException("take must not be negative");
        }
    }

    /** All tasks of a space (or of every space for null), first page. */
    public static TaskQuery inSpace(String spaceId) {
        return new TaskQuery(
                spaceId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                DEFAULT_TAKE);
    }

    public TaskQuery withIds(List<String> value) {
        return new TaskQuery(
                spaceId,
                value,
                states,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withStates(Set<TaskState> value) {
        return new TaskQuery(
                spaceId,
                ids,
                value,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withProject(String value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                value,
                environmentId,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withEnvironment(String value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                value,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withTenant(String value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                value,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withName(String value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                tenantId,
                value,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withActive(Boolean value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                value,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withRunning(Boolean value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                active,
                value,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skip,
                take);
    }

    public TaskQuery withPartialName(String value) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                value,
                skip,
                take);
    }

    public TaskQuery page(int skipValue, int takeValue) {
        return new TaskQuery(
                spaceId,
                ids,
                states,
                projectId,
                environmentId,
                tenantId,
                name,
                node,
                active,
                running,
                hasPendingInterruptions,
                hasWarningsOrErrors,
                partialName,
                skipValue,
                takeValue);
    }
}
