package io.jenkins.plugins.freight.engine.machine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * How the engine reaches a target, by Octopus {@code CommunicationStyle}. Only {@code Ssh} exists
 * today; other styles (listening or polling agents, cloud targets) are further implementations.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "communicationStyle")
@JsonSubTypes({@JsonSubTypes.Type(value = SshEndpoint.class, name = "Ssh")})
public sealed interface Endpoint permits SshEndpoint {

    /** The Octopus {@code CommunicationStyle}, e.g. {@code Ssh}. */
    String communicationStyle();

    /** The account the endpoint logs in with, or null. */
    String accountId();

    /** One sentence per problem with the endpoint's settings. */
    List<String> problems();
}
