package io.jenkins.plugins.freight.server.ui.task;

/** One line of the activity log: its category (for colour), time and text (already masked). */
public record LogLine(String category, String time, String text) {}
