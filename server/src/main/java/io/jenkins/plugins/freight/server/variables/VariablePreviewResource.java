package io.jenkins.plugins.freight.server.variables;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.execution.VariablePreviewQuery;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;

/**
 * {@code GET /api/{space}/variables/preview{?project,runbook,environment,channel,tenant,action,
 * machine,role}}: the variables a deployment of the project would see in that context, one value
 * per name, as a variable set owned by the project. Sensitive values are withheld.
 */
public final class VariablePreviewResource {

    private final Engine engine;
    private final VariablesResource sets;

    public VariablePreviewResource(Engine engine) {
        this.engine = engine;
        this.sets = new VariablesResource(engine);
    }

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "variables/preview", this::preview);
    }

    private Reply preview(ApiRequest r) {
        QueryParameters q = r.query();
        VariableSet preview =
                engine.variablePreview()
                        .preview(
                                r.caller(),
                                r.spaceId(),
                                new VariablePreviewQuery(
                                        q.nonBlank("project"),
                                        q.nonBlank("runbook"),
                                        q.nonBlank("environment"),
                                        q.nonBlank("channel"),
                                        q.nonBlank("tenant"),
                                        q.nonBlank("action"),
                                        q.nonBlank("machine"),
                                        q.nonBlank("role")));
        return Reply.ok(
                VariableSetWire.of(preview, sets.scopeValues(r.caller(), preview), r.links()));
    }
}
