package io.jenkins.plugins.freight.engine.execution;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Hides sensitive values (longer than 3 characters, as Octopus does), longest first so a secret
 * that contains another is hidden whole.
 */
final class Masking {

    static final String MASK = "********";

    private Masking() {}

    static UnaryOperator<String> of(Collection<String> secrets) {
        List<String> ordered =
                secrets.stream()
                        .filter(s -> s != null && s.length() > 3)
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
        if (ordered.isEmpty()) {
            return UnaryOperator.identity();
        }
        return line -> {
            String out = line;
            for (String secret : ordered) {
                out = out.replace(secret, MASK);
            }
            return out;
        };
    }
}
