package io.jenkins.plugins.freight.engine.apply;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Objects of one kind by name (ignoring case) and by id. */
final class Named<T> {

    private final Map<String, T> byName = new LinkedHashMap<>();
    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Function<T, String> name;

    Named(Collection<T> items, Function<T, String> name, Function<T, String> id) {
        this.name = name;
        for (T item : items) {
            byName.putIfAbsent(key(name.apply(item)), item);
            byId.put(id.apply(item), item);
        }
    }

    Optional<T> byName(String value) {
        return Optional.ofNullable(byName.get(key(value)));
    }

    Optional<T> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The name of the object with this id, or the id itself when it is not known. */
    String nameOf(String id) {
        T item = byId.get(id);
        return item == null ? id : name.apply(item);
    }

    /** Each object as (id, name). */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        byId.forEach((id, item) -> action.accept(id, name.apply(item)));
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
