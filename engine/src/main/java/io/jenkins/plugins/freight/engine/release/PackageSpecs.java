package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package versions a release request names: {@code PackageID:Version}, {@code
 * StepName:Version}, {@code StepName:PackageReferenceName:Version} ({@code *} matches any step,
 * reference or package), and a default version for every package.
 *
 * <p>For one package the most specific selection wins: step and reference both named, then one of
 * them named, then the step name, then the package id, then {@code *}, then the default version.
 * Names compare ignoring case. Two selections equally specific that disagree are an error, as is a
 * named selection that matches no package of the release.
 */
final class PackageSpecs {

    private record Spec(
            String text, String step, String reference, String packageOrStep, String version) {

        /** How specific the spec is for the slot; 0 when it does not apply. */
        int rank(PackageSlot slot) {
            if (packageOrStep != null) {
                if (packageOrStep.equals("*")) {
                    return 1;
                }
                if (packageOrStep.equalsIgnoreCase(slot.actionName())) {
                    return 3;
                }
                return packageOrStep.equalsIgnoreCase(slot.packageId()) ? 2 : 0;
            }
            boolean stepWild = step.equals("*");
            boolean refWild = reference.equals("*");
            if (!stepWild && !step.equalsIgnoreCase(slot.actionName())) {
                return 0;
            }
            if (!refWild && !reference.equalsIgnoreCase(slot.packageReferenceName())) {
                return 0;
            }
            return stepWild && refWild ? 1 : (stepWild || refWild ? 4 : 5);
        }

        boolean isWildcardOnly() {
            return "*".equals(packageOrStep) || ("*".equals(step) && "*".equals(reference));
        }
    }

    private final List<Spec> specs;
    private final String defaultVersion;

    private PackageSpecs(List<Spec> specs, String defaultVersion) {
        this.specs = specs;
        this.defaultVersion = defaultVersion;
    }

    /**
     * Parses the selections.
     *
     * @throws InvalidInputException listing every selection that is malformed or has an invalid
     *     version
     */
    static PackageSpecs parse(List<String> texts, String defaultVersion) {
        List<String> errors = new ArrayList<>();
        List<Spec> specs = new ArrayList<>();
        for (String raw : texts == null ? List.<String>of() : texts) {
            String text = raw == null ? "" : raw.strip();
            String[] parts = text.split(":", -1);
            // Only a package reference may be empty (Step::Version names the primary package).
            boolean blank = false;
            for (int i = 0; i < parts.length; i++) {
                blank |= parts[i].isBlank() && !(parts.length == 3 && i == 1);
            }
            if (parts.length < 2 || parts.length > 3 || blank) {
                errors.add(
                        "The package selection '"
                                + text
                                + "' must look like PackageID:Version, StepName:Version or"
                                + " StepName:PackageReferenceName:Version.");
                continue;
            }
            String version = parts[parts.length - 1].strip();
            if (OctopusVersion.tryParse(version).isEmpty()) {
                errors.add(
                        "The package selection '"
                                + text
                                + "' has an invalid version '"
                                + version
                                + "'.");
                continue;
            }
            specs.add(
                    parts.length == 2
                            ? new Spec(text, null, null, parts[0].strip(), version)
                            : new Spec(text, parts[0].strip(), parts[1].strip(), null, version));
        }
        String def =
                defaultVersion == null || defaultVersion.isBlank() ? null : defaultVersion.strip();
        if (def != null && OctopusVersion.tryParse(def).isEmpty()) {
            errors.add("The default package version '" + def + "' is not a valid version.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0), errors);
        }
        return new PackageSpecs(specs, def);
    }

    /**
     * Checks that every named selection matches at least one of the release's packages.
     *
     * @throws InvalidInputException naming the selections that match nothing
     */
    void requireAllMatch(List<PackageSlot> slots) {
        List<String> errors = new ArrayList<>();
        for (Spec spec : specs) {
            if (!spec.isWildcardOnly() && slots.stream().noneMatch(s -> spec.rank(s) > 0)) {
                errors.add(
                        "The package selection '"
                                + spec.text()
                                + "' matches no step, package reference or package of the release.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0), errors);
        }
    }

    /**
     * The version the request pins for the package, or empty when it leaves the choice to the feed.
     *
     * @throws InvalidInputException when equally specific selections disagree
     */
    Optional<String> versionFor(PackageSlot slot) {
        int best = 0;
        Spec chosen = null;
        for (Spec spec : specs) {
            int rank = spec.rank(slot);
            if (rank == 0 || rank < best) {
                continue;
            }
            if (rank == best
                    && !OctopusVersion.parse(spec.version())
                            .equals(OctopusVersion.parse(chosen.version()))) {
                String message =
                        "The package selections '"
                                + chosen.text()
                                + "' and '"
                                + spec.text()
                                + "' give different versions for "
                                + slot.describe()
                                + ".";
                throw new InvalidInputException(message, List.of(message));
            }
            if (rank > best) {
                best = rank;
                chosen = spec;
            }
        }
        return chosen != null ? Optional.of(chosen.version()) : Optional.ofNullable(defaultVersion);
    }
}
