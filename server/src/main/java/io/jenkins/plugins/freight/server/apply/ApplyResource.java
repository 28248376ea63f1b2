package io.jenkins.plugins.freight.server.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.apply.ApplyYaml;
import io.jenkins.plugins.freight.engine.apply.SpaceApply;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.Locale;

/**
 * Freight's {@code POST /api/{space}/apply}: declarative configuration of a space. The body is the
 * document as JSON, or as YAML with a {@code yaml} content type; {@code dryRun=true} answers the
 * planned changes and changes nothing. An invalid document is a 400 listing every problem by path.
 */
public final class ApplyResource {

    private final SpaceApply apply;

    public ApplyResource(SpaceApply apply) {
        this.apply = apply;
    }

    public void register(Router router) {
        router.post(Router.Scope.SPACE, "apply", this::apply);
    }

    private Reply apply(ApiRequest r) throws IOException {
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        JsonNode document =
                type.contains("yaml") ? ApplyYaml.read(r.bodyText(), "request body") : r.bodyTree();
        boolean dryRun = Boolean.TRUE.equals(r.query().bool("dryRun"));
        return Reply.ok(ApplyWire.of(apply.apply(r.caller(), r.spaceId(), document, dryRun)));
    }
}
