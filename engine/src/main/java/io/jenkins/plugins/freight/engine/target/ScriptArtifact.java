package io.jenkins.plugins.freight.engine.target;

/**
 * A file a script published with {@code new_octopusartifact}.
 *
 * @param path the file's path on the target, as the script gave it (relative to the work directory
 *     when not absolute)
 * @param name the name the artifact is shown under
 */
public record ScriptArtifact(String path, String name) {}
