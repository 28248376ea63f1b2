package io.jenkins.plugins.freight.engine.step;

/** A package version the release selected for an action. */
public record PackageSelection(String feedId, String packageId, String version) {}
