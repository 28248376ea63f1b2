package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.Map;

/**
 * A package an action uses (Octopus {@code PackageReference}).
 *
 * @param id assigned by the engine when blank; stays the same across edits
 * @param name {@code ""} marks the action's primary package; unique within the action
 * @param packageId e.g. {@code RandomQuotes}; may be a variable expression
 * @param feedId e.g. {@code feeds-builtin}
 * @param acquisitionLocation {@code Server}, {@code ExecutionTarget}, {@code NotAcquired} or an
 *     expression
 * @param properties e.g. {@code Extract: True}
 */
public record PackageReference(
        String id,
        String name,
        String packageId,
        String feedId,
        String acquisitionLocation,
        Map<String, String> properties) {

    public PackageReference {
        name = name == null ? "" : name;
        acquisitionLocation =
                acquisitionLocation == null || acquisitionLocation.isBlank()
                        ? "Server"
                        : acquisitionLocation;
        properties = Documents.orderedCopy(properties);
    }

    /** The primary package of an action, acquired on the server. */
    public static PackageReference primary(String packageId, String feedId) {
        return new PackageReference(null, "", packageId, feedId, "Server", Map.of());
    }

    /** A named (additional) package reference, acquired on the server. */
    public static PackageReference named(String name, String packageId, String feedId) {
        return new PackageReference(null, name, packageId, feedId, "Server", Map.of());
    }

    public PackageReference withId(String value) {
        return new PackageReference(
                value, name, packageId, feedId, acquisitionLocation, properties);
    }

    public PackageReference withAcquisitionLocation(String value) {
        return new PackageReference(id, name, packageId, feedId, value, properties);
    }

    public PackageReference withProperties(Map<String, String> value) {
        return new PackageReference(id, name, packageId, feedId, acquisitionLocation, value);
    }

    /** Whether this is the action's primary package (blank name). */
    public boolean isPrimary() {
        return name.isEmpty();
    }
}
