package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configuration features of a package deployment, applied to the extracted package before it is
 * copied to the target:
 *
 * <ul>
 *   <li>Substitute variables in files ({@code Octopus.Features.SubstituteInFiles}, {@code
 *       Octopus.Action.SubstituteInFiles.TargetFiles}): whole files rendered as templates.
 *   <li>Structured configuration variables ({@code Octopus.Features.JsonConfigurationVariables},
 *       {@code Octopus.Action.Package.JsonConfigurationVariablesTargets}): JSON, YAML, XML,
 *       properties.
 *   <li>.NET configuration variables ({@code Octopus.Features.ConfigurationVariables}): {@code
 *       appSettings}, {@code connectionStrings} and {@code applicationSettings} in every {@code
 *       *.config} file.
 * </ul>
 */
final class PackageConfigurer {

    static final String FEATURES = "Octopus.Action.EnabledFeatures";
    static final String SUBSTITUTE_FEATURE = "Octopus.Features.SubstituteInFiles";
    static final String SUBSTITUTE_ENABLED = "Octopus.Action.SubstituteInFiles.Enabled";
    static final String SUBSTITUTE_TARGETS = "Octopus.Action.SubstituteInFiles.TargetFiles";
    static final String NO_MATCH_WARNING = "Octopus.Action.SubstituteInFiles.EnableNoMatchWarning";
    static final String STRUCTURED_FEATURE = "Octopus.Features.JsonConfigurationVariables";
    static final String STRUCTURED_ENABLED =
            "Octopus.Action.Package.JsonConfigurationVariablesEnabled";
    static final String STRUCTURED_TARGETS =
            "Octopus.Action.Package.JsonConfigurationVariablesTargets";
    static final String DOTNET_FEATURE = "Octopus.Features.ConfigurationVariables";
    static final String DOTNET_ENABLED =
            "Octopus.Action.Package.AutomaticallyUpdateAppSettingsAndConnectionStrings";

    private final StepContext context;
    private final Set<String> features;

    PackageConfigurer(StepContext context) {
        this.context = context;
        this.features =
                Arrays.stream(context.property(FEATURES).orElse("").split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
    }

    void configure(Path root) {
        if (features.contains(SUBSTITUTE_FEATURE) || context.flag(SUBSTITUTE_ENABLED, false)) {
            substitute(root);
        }
        if (features.contains(DOTNET_FEATURE) && context.flag(DOTNET_ENABLED, true)) {
            dotNet(root);
        }
        if (features.contains(STRUCTURED_FEATURE) || context.flag(STRUCTURED_ENABLED, false)) {
            structured(root);
        }
    }

    private void substitute(Path root) {
        List<String> patterns =
                FileMatcher.patterns(context.property(SUBSTITUTE_TARGETS).orElse(""));
        List<Path> files = FileMatcher.find(root, patterns);
        if (files.isEmpty() && context.flag(NO_MATCH_WARNING, true) && !patterns.isEmpty()) {
            context.log(
                    OutputCategory.WARNING,
                    "No files matched "
                            + String.join(", ", patterns)
                            + " for variable substitution.");
        }
        for (Path file : files) {
            String text = read(file);
            write(file, context.render(text));
            context.log(OutputCategory.INFO, "Substituted variables in " + root.relativize(file));
        }
    }

    private void structured(Path root) {
        List<String> patterns =
                FileMatcher.patterns(context.property(STRUCTURED_TARGETS).orElse(""));
        for (Path file : FileMatcher.find(root, patterns)) {
            List<String> changed = StructuredConfiguration.apply(file, context.variables());
            log(root, file, changed, "structured configuration");
        }
    }

    private void dotNet(Path root) {
        for (Path file : FileMatcher.find(root, List.of("**/*.config"))) {
            List<String> changed = new ArrayList<>();
            String result = XmlConfiguration.applyDotNet(read(file), context.variables(), changed);
            if (!changed.isEmpty()) {
                write(file, result);
            }
            log(root, file, changed, ".NET configuration");
        }
    }

    private void log(Path root, Path file, List<String> changed, String what) {
        if (!changed.isEmpty()) {
            context.log(
                    OutputCategory.INFO,
                    "Replaced "
                            + changed.size()
                            + " "
                            + what
                            + " value(s) in "
                            + root.relativize(file)
                            + ": "
                            + String.join(", ", changed));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
