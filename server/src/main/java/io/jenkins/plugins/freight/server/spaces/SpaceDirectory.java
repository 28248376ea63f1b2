package io.jenkins.plugins.freight.server.spaces;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.server.http.SpaceLookup;

/**
 * Finds the space a path names. Routing is not an access decision, so this looks as the engine; the
 * services check the caller's permissions on what they then do in that space.
 */
public final class SpaceDirectory implements SpaceLookup {

    private final SpaceService spaces;

    public SpaceDirectory(SpaceService spaces) {
        this.spaces = spaces;
    }

    @Override
    public String resolve(String idSlugOrName) {
        return spaces.idOf(idSlugOrName)
                .orElseThrow(() -> NotFoundException.of("Space", idSlugOrName));
    }

    @Override
    public String defaultSpaceId() {
        return spaces.list(Caller.system(), ListQuery.all()).items().stream()
                .filter(Space::isDefault)
                .map(Space::id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no default space."));
    }
}
