package io.jenkins.plugins.freight.engine.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of one object to compare: each given field of the document beside the stored value. A
 * field the document leaves out is not added, so it never counts as a change.
 */
final class Comparison {

    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    /** Compares {@code wanted} with {@code stored} unless {@code wanted} is null (not given). */
    Comparison field(String label, Object wanted, Object stored) {
        if (wanted != null) {
            fields.put(label, new Object[] {wanted, stored});
        }
        return this;
    }

    /** The labels of the fields that differ, in the order added. */
    List<String> changed() {
        List<String> result = new ArrayList<>();
        fields.forEach(
                (label, pair) -> {
                    if (!Objects.equals(pair[0], pair[1])) {
                        result.add(label);
                    }
                });
        return result;
    }
}
