package io.jenkins.plugins.freight.server.root;

import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Handler;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.http.SpaceLookup;
import java.util.Map;
import java.util.function.Supplier;

/** The root document ({@code /api}, no credentials needed) and space roots. */
public final class RootResource {

    /**
     * The Octopus version Freight answers as: at least 2022.3.5512, the oldest version the
     * TypeScript client creates releases on.
     */
    public static final String OCTOPUS_VERSION = "2024.1.0";

    public static final String API_VERSION = "3.0.0";

    private final SpaceLookup spaces;
    private final Supplier<String> installationId;
    private final String freightVersion;

    public RootResource(
            SpaceLookup spaces, Supplier<String> installationId, String freightVersion) {
        this.spaces = spaces;
        this.installationId = installationId;
        this.freightVersion = freightVersion;
    }

    /** The anonymous root handler, served by the dispatcher for {@code /api} and {@code /api/}. */
    public Handler rootDocument() {
        return request -> {
            Map<String, String> links = ApiLinks.system(request.links());
            Map<String, String> spaceLinks =
                    ApiLinks.space(request.links(), spaces.defaultSpaceId());
            spaceLinks.remove("Self");
            spaceLinks.remove("SpaceHome");
            spaceLinks.forEach(links::putIfAbsent);
            return Reply.ok(
                    new RootDocument(
                            "Octopus Deploy",
                            OCTOPUS_VERSION,
                            API_VERSION,
                            installationId.get(),
                            false,
                            false,
                            freightVersion,
                            links));
        };
    }

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "", this::spaceRoot);
    }

    private Reply spaceRoot(ApiRequest request) {
        return Reply.ok(
                new SpaceRootDocument(
                        request.spaceId(), ApiLinks.space(request.links(), request.spaceId())));
    }
}
