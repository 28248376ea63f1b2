package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.PushAction;
import io.jenkins.plugins.freight.client.actions.PushRequest;
import io.jenkins.plugins.freight.plugin.Messages;
import java.io.IOException;
import java.util.List;

/**
 * {@code freightPush}: uploads package files (paths or Ant-style patterns, one per line, relative
 * to the workspace) to the server's built-in feed. Every pattern must match a file; all are checked
 * before the first upload.
 */
public record PushOperation(String packagePaths, String overwriteMode) implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_Push();
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws IOException, InterruptedException {
        List<String> patterns = StepInputs.lines(StepInputs.required(packagePaths, "packagePaths"));
        var mode = StepInputs.overwriteMode(overwriteMode);
        try (Workspace.LocalFiles files = env.workspace().collect(patterns);
                FreightClient client = env.connect()) {
            return ResultMaps.push(
                    new PushAction(client, env.log())
                            .push(new PushRequest(files.base(), files.paths(), mode)));
        }
    }
}
