package io.jenkins.plugins.freight.plugin.console;

import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.plugin.Messages;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Writes what a pipeline action reports into a build log as it happens: one line per event, {@code
 * WARNING:}/{@code ERROR:} prefixes, links through {@code linkFormat} (Jenkins passes {@code
 * HyperlinkNote.encodeTo}), upload and task progress in 25 % and 10 % steps. Every text and address
 * goes through the masker first, so an API key the server echoes never reaches the log.
 */
public final class BuildLog implements ProgressListener {

    /** Formats a link: (url, text) to what is printed. */
    public interface LinkFormat extends BinaryOperator<String> {}

    public static final String PREFIX = "[Freight] ";

    private final PrintStream out;
    private final SecretMasker masker;
    private final LinkFormat linkFormat;
    private final Map<String, Integer> lastUploadStep = new HashMap<>();
    private final Map<String, Integer> lastTaskStep = new HashMap<>();

    public BuildLog(PrintStream out, SecretMasker masker, LinkFormat linkFormat) {
        this.out = out;
        this.masker = masker;
        this.linkFormat = linkFormat;
    }

    /** Links printed as {@code text: url}. */
    public static LinkFormat plainLinks() {
        return (url, text) -> text + ": " + url;
    }

    @Override
    public synchronized void line(Level level, String text) {
        out.println(PREFIX + prefix(level) + masker.mask(text));
        out.flush();
    }

    @Override
    public synchronized void link(Level level, String text, String url) {
        if (url == null || url.isBlank()) {
            line(level, text);
            return;
        }
        out.println(PREFIX + prefix(level) + linkFormat.apply(masker.mask(url), masker.mask(text)));
        out.flush();
    }

    @Override
    public synchronized void uploadProgress(String fileName, long bytesSent, long totalBytes) {
        if (totalBytes <= 0) {
            return;
        }
        int step = (int) (bytesSent * 4 / totalBytes);
        Integer last = lastUploadStep.put(fileName, step);
        if (last == null || step > last) {
            line(Level.INFO, Messages.Log_Uploading(fileName, step * 25, humanBytes(totalBytes)));
        }
    }

    @Override
    public synchronized void taskProgress(
            String taskId, String description, int percent, String message) {
        int step = Math.max(0, Math.min(100, percent)) / 10;
        Integer last = lastTaskStep.put(taskId, step);
        if (last == null || step > last) {
            line(
                    Level.INFO,
                    Messages.Log_TaskProgress(description == null ? taskId : description, percent)
                            + (message == null || message.isBlank() ? "" : " (" + message + ")"));
        }
    }

    private static String prefix(Level level) {
        return switch (level) {
            case WARNING -> "WARNING: ";
            case ERROR -> "ERROR: ";
            default -> "";
        };
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
