package io.jenkins.plugins.freight.server.http;

import java.io.IOException;

/** One operation of the API: parse the request, call one service method, render the result. */
@FunctionalInterface
public interface Handler {
    Reply handle(ApiRequest request) throws IOException;
}
