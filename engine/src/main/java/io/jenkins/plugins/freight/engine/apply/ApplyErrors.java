package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;

/** The one refusal of an invalid document: every problem, each with its path. */
final class ApplyErrors {

    private ApplyErrors() {}

    static void throwIfAny(List<String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        String first = errors.get(0);
        String more =
                errors.size() == 1
                        ? ""
                        : " (and "
                                + (errors.size() - 1)
                                + " more problem"
                                + (errors.size() == 2 ? "" : "s")
                                + ")";
        throw new InvalidInputException(
                "The document is not valid, nothing was changed: " + first + more + ".", errors);
    }
}
