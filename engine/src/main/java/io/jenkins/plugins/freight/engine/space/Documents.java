package io.jenkins.plugins.freight.engine.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How configuration documents are stored: each row keeps the columns it is found and ordered by,
 * plus the whole record as JSON. This class is the one JSON mapping for those stored documents
 * (internal; the Octopus wire format is mapped separately in the server).
 */
public final class Documents {

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Documents() {}

    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Could not store a " + document.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "A stored " + type.getSimpleName() + " could not be read", e);
        }
    }

    /** An unmodifiable copy that keeps the caller's order (null → empty). */
    public static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy (null → empty); null elements are not allowed. */
    public static <E> List<E> listCopy(List<E> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Blank → null, otherwise the value as given. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
