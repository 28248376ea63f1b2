package io.jenkins.plugins.freight.server.ui;

import java.util.Set;

/**
 * What the layout around every page needs: the title, where links go, who is signed in and the
 * token every form posts back.
 *
 * @param title the page's title
 * @param links addresses, under the request's mount point
 * @param spaceId the space the page is about (navigation links point into it)
 * @param userName the signed-in user's name, or null on the sign-in page
 * @param csrfToken the token forms send as {@value UiRequest#CSRF_FIELD}, tied to the session
 * @param section which navigation entry is current, e.g. {@code dashboard}
 * @param sections the navigation entries the signed-in user may see (see {@link Navigation})
 */
public record PageFrame(
        String title,
        UiLinks links,
        String spaceId,
        String userName,
        String csrfToken,
        String section,
        Set<String> sections) {

    public PageFrame {
        sections = Set.copyOf(sections);
    }

    public boolean isSignedIn() {
        return userName != null;
    }

    /** Whether the navigation entry {@code name} is the current one. */
    public boolean current(String name) {
        return name.equals(section);
    }

    /** Whether the navigation offers {@code name} to the signed-in user. */
    public boolean shows(String name) {
        return sections.contains(name);
    }
}
