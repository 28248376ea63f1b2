package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/**
 * The answer of a form check. As data: the kind and the message.
 *
 * @since 1.294
 */
public abstract class FormValidation extends IOException implements HttpResponse {

    public final Kind kind;

    private FormValidation(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation error(String message) {
        return of(message, Kind.ERROR);
    }

    public static FormValidation warning(String message) {
        return of(message, Kind.WARNING);
    }

    public static FormValidation ok(String message) {
        return of(message, Kind.OK);
    }

    public static FormValidation ok() {
        return of(null, Kind.OK);
    }

    public abstract String renderHtml();

    private static FormValidation of(String message, Kind kind) {
        return new FormValidation(message, kind) {
            @Override
            public String renderHtml() {
                throw new UnsupportedOperationException("compile-only stub");
            }
        };
    }

    /**
     * OK, warning or error.
     *
     * @since 1.312 (or earlier: the first tag in Jenkins' history)
     */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }
}
