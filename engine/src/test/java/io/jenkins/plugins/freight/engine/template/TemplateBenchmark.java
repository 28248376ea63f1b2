package io.jenkins.plugins.freight.engine.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluations per second of templates; not part of the test run. Octostache's own floor is 10,000
 * evaluations of {@code Hello, #{Location}!} in 5 s (2,000/s); Freight's target is 100 times that.
 *
 * <pre>
 * ./mvnw -q -B -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.jenkins.plugins.freight.engine.template.TemplateBenchmark
 * </pre>
 */
public final class TemplateBenchmark {

    private static final double OCTOSTACHE_FLOOR = 10_000 / 5.0;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    static final String CONFIG =
            """
            # #{Octopus.Project.Name} #{Octopus.Release.Number} for #{Octopus.Environment.Name | ToLower}
            {
              "connectionString": "#{ConnectionString | JsonEscape}",
              "logLevel": "#{if Octopus.Environment.Name == "Production"}Warning#{else}Debug#{/if}",
              "replicas": #{calc Replicas * 2},
              "apiUrl": "https://#{Api.Host}:#{Api.Port}/#{Api.Path | Replace "^/" ""}",
              "region": "#{Settings.Region}",
              "steps": [#{each a in Octopus.Action}"#{a} on #{a.TargetRoles | ToUpper}"#{unless Octopus.Template.Each.Last},#{/unless}#{/each}],
              "version": "#{Octopus.Release.Number | VersionMajor}.#{Octopus.Release.Number | VersionMinor}",
              "cache": #{if FeatureFlags.Cache}true#{else}false#{/if}
            }
            """;

    static final String CONNECTION =
            "Server=#{Db.Server};Database=#{Db.Name | ToLower};User Id=#{Db.User};"
                    + "#{if Db.Ssl}Encrypt=True;#{/if}Application Name=#{Octopus.Project.Name} #{Octopus.Release.Number}";

    private TemplateBenchmark() {}

    static Map<String, String> configVariables() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Octopus.Project.Name", "Random Quotes");
        v.put("Octopus.Release.Number", "2.4.1-beta.3");
        v.put("Octopus.Environment.Name", "Test");
        v.put("ConnectionString", "Server=db;Database=quotes;User=app;Password=#{Db.Password}");
        v.put("Db.Password", "pa\"ss");
        v.put("Replicas", "3");
        v.put("Api.Host", "api.example");
        v.put("Api.Port", "8443");
        v.put("Api.Path", "/v2/quotes");
        v.put("Settings", "{\"Region\": \"eu-west-1\", \"Zones\": [\"a\", \"b\"]}");
        v.put("FeatureFlags.Cache", "True");
        for (String step :
                new String[] {"Deploy web", "Migrate db", "Smoke test", "Notify", "Warm cache"}) {
            v.put(
                    "Octopus.Action[" + step + "].TargetRoles",
                    step.startsWith("Migrate") ? "db" : "web");
            v.put("Octopus.Action[" + step + "].Name", step);
        }
        v.put("Db.Server", "db01.example");
        v.put("Db.Name", "Quotes");
        v.put("Db.User", "app");
        v.put("Db.Ssl", "True");
        for (int i = 0; i < 30; i++) {
            v.put("Other.Variable" + i, "value " + i);
        }
        return v;
    }

    public static void main(String[] args) {
        System.out.println("Templates: evaluations per second (higher is better)");
        report(
                "Octostache's test: 'Hello, #{Location}!', variables given each time",
                () -> Template.render("Hello, #{Location}!", Map.of("Location", "World")).text());
        Map<String, String> variables = configVariables();
        Bindings bindings = Bindings.of(variables);
        Template config = Template.parse(CONFIG);
        Template connection = Template.parse(CONNECTION);
        System.out.println(connection.evaluate(bindings).text());
        report(
                "connection-string value (5 substitutions, a filter, an if), 50 variables",
                () -> connection.evaluate(bindings).text());
        System.out.println(Template.render(CONFIG, variables).text());
        report(
                "config file template, variables arranged once",
                () -> config.evaluate(bindings).text());
        report(
                "config file template, variables given each time",
                () -> Template.render(CONFIG, variables).text());
    }

    private static void report(String name, java.util.function.Supplier<String> evaluation) {
        long sink = 0;
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            sink += evaluation.get().length();
        }
        long count = 0;
        long start = System.nanoTime();
        end = start + MEASURE_NANOS;
        long now;
        do {
            for (int i = 0; i < 100; i++) {
                sink += evaluation.get().length();
            }
            count += 100;
            now = System.nanoTime();
        } while (now < end);
        double perSecond = count / ((now - start) / 1e9);
        System.out.printf(
                "%-70s %,12.0f /s  (%,.0fx Octostache's floor)%n",
                name, perSecond, perSecond / OCTOSTACHE_FLOOR);
        if (sink == 42) {
            System.out.println();
        }
    }
}
