package io.jenkins.plugins.freight.engine.security;

/** One role given to one team, resolved: the assignment, the role it names and the team's name. */
public record Grant(ScopedUserRole assignment, UserRole role, String teamName) {

    public String teamId() {
        return assignment.teamId();
    }
}
