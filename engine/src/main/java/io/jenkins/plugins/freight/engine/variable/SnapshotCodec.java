package io.jenkins.plugins.freight.engine.variable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The JSON form in which a snapshot keeps its sets (sensitive values still encrypted). */
final class SnapshotCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    String encode(List<VariableSet> sets) {
        ArrayNode array = JSON.createArrayNode();
        for (VariableSet set : sets) {
            ObjectNode node = array.addObject();
            node.put("id", set.id())
                    .put("spaceId", set.spaceId())
                    .put("ownerId", set.ownerId())
                    .put("version", set.version());
            ArrayNode variables = node.putArray("variables");
            for (Variable v : set.variables()) {
                ObjectNode item = variables.addObject();
                item.put("id", v.id())
                        .put("name", v.name())
                        .put("value", v.value())
                        .put("description", v.description())
                        .put("type", v.type().wireName())
                        .put("sensitive", v.isSensitive())
                        .put("scope", JdbcVariableRepository.scopeToJson(v.scope()))
                        .put("prompt", JdbcVariableRepository.promptToJson(v.prompt()));
            }
        }
        return array.toString();
    }

    List<VariableSet> decode(String content) {
        JsonNode array;
        try {
            array = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored variable snapshot is damaged", e);
        }
        List<VariableSet> sets = new ArrayList<>();
        for (JsonNode node : array) {
            List<Variable> variables = new ArrayList<>();
            for (JsonNode item : node.get("variables")) {
                variables.add(
                        new Variable(
                                item.get("id").asText(),
                                item.get("name").asText(),
                                item.get("value").isNull() ? null : item.get("value").asText(),
                                item.get("description").asText(),
                                VariableType.fromWire(item.get("type").asText()),
                                item.get("sensitive").asBoolean(),
                                JdbcVariableRepository.scopeFromJson(item.get("scope").asText()),
                                item.get("prompt").isNull()
                                        ? null
                                        : JdbcVariableRepository.promptFromJson(
                                                item.get("prompt").asText())));
            }
            sets.add(
                    new VariableSet(
                            node.get("id").asText(),
                            node.get("spaceId").asText(),
                            node.get("ownerId").asText(),
                            node.get("version").asInt(),
                            variables));
        }
        return sets;
    }
}
