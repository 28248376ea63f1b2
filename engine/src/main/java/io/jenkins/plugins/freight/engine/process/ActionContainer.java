package io.jenkins.plugins.freight.engine.process;

/** The container image an action runs in ({@code Container{FeedId, Image}}). */
public record ActionContainer(String feedId, String image) {}
