package io.jenkins.plugins.freight.engine.step;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Structured configuration for YAML: colon paths, case-insensitive keys, original scalar types
 * kept. The file is written back in block style; comments are not kept.
 */
final class YamlConfiguration {

    private YamlConfiguration() {}

    static String apply(String text, Map<String, String> variables, List<String> changed) {
        Object root;
        try {
            root = yaml().load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not YAML", e);
        }
        if (!(root instanceof Map<?, ?> || root instanceof List<?>)) {
            throw new IllegalArgumentException("not a YAML mapping or sequence");
        }
        boolean any = false;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (StructuredConfiguration.applies(variable.getKey())
                    && replace(root, variable.getKey().split(":"), 0, variable.getValue())) {
                changed.add(variable.getKey());
                any = true;
            }
        }
        return any ? yaml().dump(root) : text;
    }

    @SuppressWarnings("unchecked")
    private static boolean replace(Object node, String[] path, int index, String value) {
        String segment = path[index];
        boolean last = index == path.length - 1;
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (String.valueOf(key).equalsIgnoreCase(segment)) {
                    if (last) {
                        ((Map<Object, Object>) map).put(key, typed(map.get(key), value));
                        return true;
                    }
                    return replace(map.get(key), path, index + 1, value);
                }
            }
        } else if (node instanceof List<?> list && segment.matches("\\d+")) {
            int i = Integer.parseInt(segment);
            if (i < list.size()) {
                if (last) {
                    ((List<Object>) list).set(i, typed(list.get(i), value));
                    return true;
                }
                return replace(list.get(i), path, index + 1, value);
            }
        }
        return false;
    }

    private static Object typed(Object original, String value) {
        try {
            if (original instanceof Integer || original instanceof Long) {
                return Long.parseLong(value.trim());
            }
            if (original instanceof Double || original instanceof Float) {
                return Double.parseDouble(value.trim());
            }
        } catch (NumberFormatException notANumber) {
            return value;
        }
        if (original instanceof Boolean
                && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (original instanceof Map<?, ?> || original instanceof List<?>) {
            try {
                return yaml().load(value);
            } catch (YAMLException notYaml) {
                return value;
            }
        }
        return value;
    }

    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setIndent(2);
        LoaderOptions load = new LoaderOptions();
        return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load);
    }
}
