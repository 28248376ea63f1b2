package io.jenkins.plugins.freight.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.engine.apply.ApplyYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed tutorial's Random Quotes setup, made with {@code apply} from the documented example file
 * bundled in the jar ({@code docs/examples/random-quotes.yaml}): Dev, Test and Prod, a lifecycle
 * with an optional Dev phase, the tutorial's users and teams, and a project whose variables give
 * the app a port per environment and whose process deploys and starts the app, checks its health,
 * asks the stakeholders for sign-off outside Dev and then has an e-mail step. The demo fills in its
 * own ports, run directory and Java, makes its administrator a stakeholder (so it can sign off) and
 * lets the e-mail step depend on a variable, since it has no SMTP server.
 */
final class DemoSpace {

    static final String PROJECT = "Random Quotes";
    static final String PACKAGE_ID = "random-quotes";
    static final String EXAMPLE = "/demo/random-quotes.yaml";

    /** The variable that decides whether the e-mail step runs; the demo has no SMTP server. */
    static final String SEND_EMAIL = "Demo.SendEmail";

    private static final String ADMIN_USERNAME = "admin";

    private DemoSpace() {}

    /** Applies the example with the demo's settings to the client's space. */
    static void create(FreightClient client, int devPort, int testPort, DemoApps apps) {
        JsonNode document = document(devPort, testPort, apps.freePort(), apps);
        client.apply().apply(document, false);
    }

    static JsonNode document(int devPort, int testPort, int prodPort, DemoApps apps) {
        ObjectNode doc = (ObjectNode) ApplyYaml.read(example(), "random-quotes.yaml");
        ObjectNode project = (ObjectNode) find(doc.withArray("projects"), "name", PROJECT);
        ArrayNode variables = project.withArray("variables");
        for (JsonNode v : variables) {
            ObjectNode variable = (ObjectNode) v;
            switch (variable.get("name").asText()) {
                case "Quotes.Port" -> {
                    String environment = variable.get("environments").get(0).asText();
                    int port =
                            switch (environment) {
                                case "Dev" -> devPort;
                                case "Test" -> testPort;
                                default -> prodPort;
                            };
                    variable.put("value", Integer.toString(port));
                }
                case "Quotes.RunDirectory" -> variable.put("value", apps.runDirectory().toString());
                case "Quotes.Java" -> variable.put("value", DemoApps.javaExecutable());
                default -> {
                    // the example's other variables stay as they are
                }
            }
        }
        variables.addObject().put("name", SEND_EMAIL).put("value", "False");
        for (JsonNode s : project.with("process").withArray("steps")) {
            ObjectNode step = (ObjectNode) s;
            if ("Octopus.Email".equals(step.path("type").asText())) {
                step.put("condition", "Variable");
                step.put("conditionExpression", "#{" + SEND_EMAIL + "}");
            }
        }
        ObjectNode stakeholders =
                (ObjectNode) find(doc.withArray("teams"), "name", "Project Stakeholders");
        stakeholders.withArray("members").add(ADMIN_USERNAME);
        return doc;
    }

    private static JsonNode find(ArrayNode items, String key, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(key).asText())) {
                return item;
            }
        }
        throw new IllegalStateException("The bundled example has no " + value + ".");
    }

    private static String example() {
        try (InputStream in = DemoSpace.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + EXAMPLE + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
