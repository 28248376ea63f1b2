package io.jenkins.plugins.freight.engine.channel;

import org.jdbi.v3.core.Handle;

/**
 * Told, inside the deleting transaction, that a channel is about to be deleted on its own (not with
 * its project). Features whose records name a channel (releases) refuse here by throwing a {@code
 * ConflictException} that says what still uses it.
 */
@FunctionalInterface
public interface ChannelListener {

    void deleting(Handle handle, Channel channel);
}
