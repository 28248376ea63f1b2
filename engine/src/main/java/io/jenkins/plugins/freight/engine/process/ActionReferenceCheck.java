package io.jenkins.plugins.freight.engine.process;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A check another feature adds to saving a deployment process, for the documents its actions refer
 * to that the process feature does not know (for example worker pools): one sentence per problem.
 */
@FunctionalInterface
public interface ActionReferenceCheck {

    List<String> problems(Handle handle, String spaceId, List<DeploymentAction> actions);
}
