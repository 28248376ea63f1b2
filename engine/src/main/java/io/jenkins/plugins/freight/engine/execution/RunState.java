package io.jenkins.plugins.freight.engine.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deployment run has done so far, saved as the task's checkpoint after every action on every
 * target, so a resumed task (after an interruption or a lost node) continues where it stopped.
 * Sensitive output values are kept only as long as the task runs (checkpoints live in the task
 * row).
 */
final class RunState {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON shape of a checkpoint. */
    record Snapshot(
            Map<String, String> units,
            Map<String, String> stepStatus,
            Map<String, String> outputs,
            List<String> sensitiveOutputs,
            Map<String, String> pending,
            Set<String> excludedTargets,
            String error,
            String errorDetail) {}

    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, String> stepStatus = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final Set<String> sensitiveOutputs = new LinkedHashSet<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Set<String> excludedTargets = new LinkedHashSet<>();
    private String error;
    private String errorDetail;

    static RunState parse(String json) {
        RunState state = new RunState();
        try {
            Snapshot s = JSON.readValue(json, Snapshot.class);
            state.units.putAll(s.units());
            state.stepStatus.putAll(s.stepStatus());
            state.outputs.putAll(s.outputs());
            state.sensitiveOutputs.addAll(s.sensitiveOutputs());
            state.pending.putAll(s.pending());
            state.excludedTargets.addAll(s.excludedTargets());
            state.error = s.error();
            state.errorDetail = s.errorDetail();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The deployment's checkpoint could not be read.", e);
        }
        return state;
    }

    synchronized String toJson() {
        try {
            return JSON.writeValueAsString(
                    new Snapshot(
                            units,
                            stepStatus,
                            outputs,
                            List.copyOf(sensitiveOutputs),
                            pending,
                            excludedTargets,
                            error,
                            errorDetail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized String unit(String key) {
        return units.get(key);
    }

    synchronized void recordUnit(String key, String outcome) {
        units.put(key, outcome);
        pending.remove(key);
    }

    synchronized String pending(String key) {
        return pending.get(key);
    }

    synchronized void setPending(String key, String interruptionId) {
        pending.put(key, interruptionId);
    }

    synchronized void clearPending(String key) {
        pending.remove(key);
    }

    synchronized String stepStatus(String step) {
        return stepStatus.get(step);
    }

    synchronized void setStepStatus(String step, String status) {
        stepStatus.put(step, status);
    }

    synchronized Map<String, String> stepStatuses() {
        return Map.copyOf(stepStatus);
    }

    synchronized void addOutput(String name, String value, boolean sensitive) {
        outputs.put(name, value);
        if (sensitive) {
            sensitiveOutputs.add(value);
        }
    }

    synchronized Map<String, String> outputs() {
        return Map.copyOf(outputs);
    }

    synchronized Set<String> sensitiveOutputs() {
        return Set.copyOf(sensitiveOutputs);
    }

    synchronized void exclude(String targetId) {
        excludedTargets.add(targetId);
    }

    synchronized boolean isExcluded(String targetId) {
        return excludedTargets.contains(targetId);
    }

    synchronized void fail(String message, String detail) {
        if (error == null) {
            error = message;
            errorDetail = detail;
        }
    }

    synchronized String error() {
        return error;
    }

    synchronized String errorDetail() {
        return errorDetail;
    }
}
