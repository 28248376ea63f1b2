package hudson;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variables of a build. As data: {@link #expand} replaces {@code ${NAME}} and {@code
 * $NAME} with known values and leaves unknown ones as written.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public class EnvVars extends TreeMap<String, String> {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public EnvVars(Map<String, String> m) {
        this();
        putAll(m);
    }

    public String expand(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
