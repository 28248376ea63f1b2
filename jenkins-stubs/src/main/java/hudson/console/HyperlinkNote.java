package hudson.console;

/**
 * A hyperlink in a console log.
 *
 * @since 1.362
 */
@SuppressWarnings("rawtypes")
public class HyperlinkNote extends ConsoleNote {

    private HyperlinkNote() {}

    public static String encodeTo(String url, String text) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
