package io.jenkins.plugins.freight.client.interruption;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;

/** Interruptions: manual interventions and guided-failure decisions. */
public final class InterruptionApi {

    private final FreightClient client;

    public InterruptionApi(FreightClient client) {
        this.client = client;
    }

    /** The interruptions of a task (or deployment) that still wait for someone. */
    public List<Interruption> pendingFor(String documentId) {
        ResourceCollection<Interruption> page =
                client.transport()
                        .get(
                                client.spaceUrl("interruptions")
                                        .newBuilder()
                                        .addQueryParameter("regarding", documentId)
                                        .addQueryParameter("pendingOnly", "true")
                                        .addQueryParameter("skip", "0")
                                        .addQueryParameter("take", "100")
                                        .build(),
                                Transport.collectionOf(Interruption.class));
        return page.items().stream().filter(Interruption::isPending).toList();
    }

    public Interruption get(String interruptionId) {
        return client.transport()
                .get(client.spaceUrl("interruptions", interruptionId), Interruption.class);
    }
}
