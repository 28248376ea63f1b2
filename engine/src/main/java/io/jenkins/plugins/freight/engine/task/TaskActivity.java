package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/** The registered {@link TaskActivityListener}s, told in registration order. */
final class TaskActivity implements TaskActivityListener {

    private final List<TaskActivityListener> listeners = new CopyOnWriteArrayList<>();

    void add(TaskActivityListener listener) {
        listeners.add(listener);
    }

    @Override
    public void started(Handle handle, ServerTask task, ResumeReason reason) {
        listeners.forEach(l -> l.started(handle, task, reason));
    }

    @Override
    public void interruptionRaised(Handle handle, ServerTask task, Interruption interruption) {
        listeners.forEach(l -> l.interruptionRaised(handle, task, interruption));
    }

    @Override
    public void interruptionSubmitted(Handle handle, Interruption interruption, Caller caller) {
        listeners.forEach(l -> l.interruptionSubmitted(handle, interruption, caller));
    }

    @Override
    public void cancelRequested(Handle handle, ServerTask task, Caller caller) {
        listeners.forEach(l -> l.cancelRequested(handle, task, caller));
    }
}
