package io.jenkins.plugins.freight.engine.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers of the template tests. */
final class Fixtures {

    private Fixtures() {}

    /** Variables from name/value pairs, in order. */
    static Map<String, String> vars(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /** The rendered text. */
    static String eval(String template, Map<String, String> variables) {
        return Template.render(template, variables).text();
    }

    static String eval(String template, String... namesAndValues) {
        return eval(template, vars(namesAndValues));
    }
}
