package io.jenkins.plugins.freight.engine.task;

/** Undoes a registration (a cancel callback, a child process) when closed. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override
    void close();
}
