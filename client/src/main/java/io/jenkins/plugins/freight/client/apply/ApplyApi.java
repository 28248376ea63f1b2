package io.jenkins.plugins.freight.client.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.client.FreightClient;
import okhttp3.HttpUrl;

/**
 * Freight's declarative {@code apply} extension ({@code POST /api/{space}/apply}). Octopus Deploy
 * has no such endpoint: {@link #offered()} tells whether the server is a Freight server.
 */
public final class ApplyApi {

    /** The link a Freight server advertises in its root document. */
    public static final String LINK = "FreightApply";

    private final FreightClient client;

    public ApplyApi(FreightClient client) {
        this.client = client;
    }

    /** Whether the server offers apply (Freight servers do, Octopus Deploy does not). */
    public boolean offered() {
        return client.root().links().containsKey(LINK);
    }

    /**
     * Sends the document (as JSON) to the space; with {@code dryRun} the server only answers the
     * changes it would make.
     */
    public ApplyResult apply(JsonNode document, boolean dryRun) {
        HttpUrl url =
                client.spaceUrl("apply")
                        .newBuilder()
                        .addQueryParameter("dryRun", String.valueOf(dryRun))
                        .build();
        return client.transport().post(url, document, ApplyResult.class);
    }
}
