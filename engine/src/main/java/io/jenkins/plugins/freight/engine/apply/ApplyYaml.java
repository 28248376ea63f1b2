package io.jenkins.plugins.freight.engine.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an apply document written in YAML into the same tree a JSON document gives. Only plain data
 * (no tags that create objects); an error names the line and column but never quotes the text,
 * which may hold a secret.
 */
public final class ApplyYaml {

    private static final ObjectMapper TREES = new ObjectMapper();

    private ApplyYaml() {}

    /**
     * @param source how to name the text in an error, e.g. the file name
     * @throws InvalidInputException when the text is not YAML, with {@code source:line:column}
     */
    public static JsonNode read(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(text);
            return TREES.valueToTree(loaded);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where =
                    mark == null
                            ? source
                            : source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String message = where + ": " + problem;
            throw new InvalidInputException(
                    "The document is not valid YAML, nothing was changed: " + message + ".",
                    List.of(message));
        } catch (YAMLException | IllegalArgumentException e) {
            String message = source + ": not valid YAML";
            throw new InvalidInputException(
                    "The document is not valid YAML, nothing was changed: " + message + ".",
                    List.of(message));
        }
    }
}
