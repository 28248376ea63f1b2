package io.jenkins.plugins.freight.server.ui.interruption;

import io.jenkins.plugins.freight.server.ui.PageFrame;

/** Every pending intervention of the space. */
public record InterventionsPage(PageFrame frame, InterventionsView interventions) {}
