package io.jenkins.plugins.freight.server.http;

/** How the dispatcher finds the space a path names, and the default space of unscoped paths. */
public interface SpaceLookup {

    /**
     * The id ({@code Spaces-N}) of the space with this id, slug or name; a {@code
     * NotFoundException} when there is none.
     */
    String resolve(String idSlugOrName);

    /** The id of the default space, used by legacy paths without a space. */
    String defaultSpaceId();
}
