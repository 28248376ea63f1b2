package hudson.model;

import java.io.IOException;

/**
 * Something that persists itself.
 *
 * @since 1.249
 */
public interface Saveable {
    void save() throws IOException;
}
