package io.jenkins.plugins.freight.server.ui;

import java.io.IOException;

/** Serves one UI route: reads the request, calls the engine, renders or redirects. */
@FunctionalInterface
public interface UiHandler {

    void handle(UiRequest request) throws IOException;
}
