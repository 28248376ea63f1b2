package io.jenkins.plugins.freight.client.interruption;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Interruptions: manual interventions and guided-failure decisions. Answering one takes two calls,
 * as in Octopus: {@link #takeResponsibility} then {@link #submit}.
 */
public final class InterruptionApi {

    private final FreightClient client;

    public InterruptionApi(FreightClient client) {
        this.client = client;
    }

    /** The interruptions of a task (or deployment) that still wait for someone. */
    public List<Interruption> pendingFor(String documentId) {
        return pending(
                client.spaceUrl("interruptions")
                        .newBuilder()
                        .addQueryParameter("regarding", documentId)
                        .build());
    }

    /** Every interruption in the space that still waits for someone (at most 100). */
    public List<Interruption> pending() {
        return pending(client.spaceUrl("interruptions"));
    }

    public Interruption get(String interruptionId) {
        return client.transport()
                .get(client.spaceUrl("interruptions", interruptionId), Interruption.class);
    }

    /**
     * Makes the caller (the API key's user) responsible for a pending interruption, which only the
     * responsible user may submit ({@code PUT /api/{space}/interruptions/{id}/responsible}).
     *
     * @return the id of the user now responsible
     */
    public String takeResponsibility(String interruptionId) {
        JsonNode user =
                client.transport()
                        .put(
                                client.spaceUrl("interruptions", interruptionId, "responsible"),
                                Map.of(),
                                JsonNode.class);
        return user.path("Id").asText(null);
    }

    /**
     * Answers a pending interruption the caller is responsible for ({@code POST
     * /api/{space}/interruptions/{id}/submit}); the waiting task carries on.
     *
     * @return the interruption, no longer pending
     * @throws io.jenkins.plugins.freight.client.error.RequestRejectedException when the answer does
     *     not fit the interruption's form or it is no longer pending; nothing changes
     */
    public Interruption submit(String interruptionId, InterruptionAnswer answer) {
        return client.transport()
                .post(
                        client.spaceUrl("interruptions", interruptionId, "submit"),
                        answer.formValues(),
                        Interruption.class);
    }

    private List<Interruption> pending(HttpUrl url) {
        ResourceCollection<Interruption> page =
                client.transport()
                        .get(
                                url.newBuilder()
                                        .addQueryParameter("pendingOnly", "true")
                                        .addQueryParameter("skip", "0")
                                        .addQueryParameter("take", "100")
                                        .build(),
                                Transport.collectionOf(Interruption.class));
        return page.items().stream().filter(Interruption::isPending).toList();
    }
}
