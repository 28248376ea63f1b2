package jenkins.model;

import java.io.IOException;

/**
 * Something that loads its persisted state.
 *
 * @since 2.428
 */
public interface Loadable {
    void load() throws IOException;
}
