package hudson.util;

import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/**
 * Options of a drop-down list. As data: a list of options.
 *
 * @since 1.123
 */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {

    public ListBoxModel() {}

    public void add(String displayName, String value) {
        add(new Option(displayName, value));
    }

    /**
     * One option.
     *
     * @since 1.123
     */
    public static final class Option {
        public String name;
        public String value;
        public boolean selected;

        public Option(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }
}
