package io.jenkins.plugins.freight.server.ui.team;

import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * The teams of the space and the system teams.
 *
 * @param canCreate whether the signed-in user holds {@code TeamCreate} in the space
 */
public record TeamsPage(PageFrame frame, List<Team> teams, boolean canCreate) {

    public TeamsPage {
        teams = List.copyOf(teams);
    }
}
