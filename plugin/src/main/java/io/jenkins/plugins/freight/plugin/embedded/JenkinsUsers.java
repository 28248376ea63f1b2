package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.TeamService;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps Jenkins users to Freight users of the embedded engine: the Jenkins user {@code alice} is the
 * Freight user {@code jenkins.alice}, created on first use. Requests a signed-in Jenkins user sends
 * to {@code /freight/} carry a short-lived API key of that user (kept in memory only), so the
 * engine records who did what in its audit log. Jenkins administrators administer Freight: their
 * Freight users are kept in the Octopus Administrators team, and taken out of it when they are no
 * longer Jenkins administrators (Jenkins decides for the users it maps).
 */
public final class JenkinsUsers {

    /** How long a session key lives; a new one is made when less than a quarter is left. */
    public static final Duration SESSION_KEY_LIFETIME = Duration.ofHours(1);

    private final IdentityService identity;
    private final TeamService teams;
    private final Clock clock;
    private final Map<String, SessionKey> keys = new ConcurrentHashMap<>();

    private record SessionKey(String key, Instant expires, boolean administrator) {}

    public JenkinsUsers(IdentityService identity, TeamService teams) {
        this(identity, teams, Clock.systemUTC());
    }

    JenkinsUsers(IdentityService identity, TeamService teams, Clock clock) {
        this.identity = identity;
        this.teams = teams;
        this.clock = clock;
    }

    /** The Freight username of a Jenkins user id. */
    public static String usernameOf(String jenkinsUserId) {
        String clean = jenkinsUserId.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (clean.equals(jenkinsUserId) && clean.length() <= 180) {
            return "jenkins." + clean;
        }
        return "jenkins."
                + clean.substring(0, Math.min(clean.length(), 160))
                + "-"
                + shortHash(jenkinsUserId);
    }

    /**
     * An API key that authenticates as the Jenkins user's Freight user, whose membership of the
     * administrators' team follows {@code administrator} (checked again whenever it changes).
     */
    public String sessionKey(String jenkinsUserId, String displayName, boolean administrator) {
        Instant now = clock.instant();
        SessionKey current = keys.get(jenkinsUserId);
        if (current != null
                && current.administrator() == administrator
                && current.expires().isAfter(now.plus(SESSION_KEY_LIFETIME.dividedBy(4)))) {
            return current.key();
        }
        User user = ensureUser(jenkinsUserId, displayName);
        keepAdministrator(user.id(), administrator);
        Instant expires = now.plus(SESSION_KEY_LIFETIME);
        String key =
                identity.createApiKey(Caller.system(), user.id(), "Jenkins session", expires)
                        .apiKey();
        keys.put(jenkinsUserId, new SessionKey(key, expires, administrator));
        return key;
    }

    private void keepAdministrator(String userId, boolean administrator) {
        Team admins = teams.get(Caller.system(), Team.ADMINISTRATORS);
        if (admins.memberUserIds().contains(userId) == administrator) {
            return;
        }
        List<String> members = new ArrayList<>(admins.memberUserIds());
        if (administrator) {
            members.add(userId);
        } else {
            members.remove(userId);
        }
        teams.update(
                Caller.system(),
                admins.id(),
                new TeamDetails(admins.name(), admins.description(), admins.spaceId(), members));
    }

    User ensureUser(String jenkinsUserId, String displayName) {
        String username = usernameOf(jenkinsUserId);
        try {
            return identity.getUser(Caller.system(), username);
        } catch (NotFoundException e) {
            String name =
                    displayName == null || displayName.isBlank() ? jenkinsUserId : displayName;
            return identity.createUser(
                    Caller.system(),
                    new UserDetails(
                            username,
                            name.length() > 200 ? name.substring(0, 200) : name,
                            "",
                            true,
                            false));
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
