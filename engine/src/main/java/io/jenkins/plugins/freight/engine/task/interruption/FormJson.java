package io.jenkins.plugins.freight.engine.task.interruption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.Button;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.Paragraph;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.SubmitButtonGroup;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores forms as JSON in Octopus's shape ({@code Name}, {@code Control.Type}, …). */
final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormJson() {}

    static String elements(List<FormElement> elements) {
        ArrayNode array = JSON.createArrayNode();
        for (FormElement element : elements) {
            ObjectNode node = array.addObject();
            node.put("Name", element.name());
            node.put("IsValueRequired", element.isValueRequired());
            ObjectNode control = node.putObject("Control");
            control.put("Type", element.control().type());
            FormControl c = element.control();
            if (c instanceof Paragraph p) {
                control.put("Text", p.text());
                control.put("ResolveLinks", p.resolveLinks());
            } else if (c instanceof TextArea t) {
                control.put("Label", t.label());
            } else if (c instanceof SubmitButtonGroup g) {
                ArrayNode buttons = control.putArray("Buttons");
                for (Button b : g.buttons()) {
                    buttons.addObject()
                            .put("Text", b.text())
                            .put("Value", b.value())
                            .put("RequiresConfirmation", b.requiresConfirmation());
                }
            }
        }
        return array.toString();
    }

    static List<FormElement> elements(String json) {
        List<FormElement> result = new ArrayList<>();
        for (JsonNode node : read(json)) {
            JsonNode control = node.path("Control");
            FormControl parsed =
                    switch (control.path("Type").asText()) {
                        case "Paragraph" ->
                                new Paragraph(
                                        control.path("Text").asText(""),
                                        control.path("ResolveLinks").asBoolean());
                        case "TextArea" -> new TextArea(control.path("Label").asText(null));
                        default -> {
                            List<Button> buttons = new ArrayList<>();
                            for (JsonNode b : control.path("Buttons")) {
                                buttons.add(
                                        new Button(
                                                b.path("Text").asText(),
                                                b.path("Value").asText(),
                                                b.path("RequiresConfirmation").asBoolean()));
                            }
                            yield new SubmitButtonGroup(buttons);
                        }
                    };
            result.add(
                    new FormElement(
                            node.path("Name").asText(),
                            parsed,
                            node.path("IsValueRequired").asBoolean()));
        }
        return result;
    }

    static String values(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Form values cannot be written as JSON", e);
        }
    }

    static Map<String, String> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form values are not valid JSON", e);
        }
    }

    static String ids(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ids cannot be written as JSON", e);
        }
    }

    static List<String> ids(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored ids are not valid JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form is not valid JSON", e);
        }
    }
}
