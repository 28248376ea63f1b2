package io.jenkins.plugins.freight.cli.console;

import io.jenkins.plugins.freight.client.actions.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints progress: on a terminal, colours and a status line that redraws in place (upload and
 * deployment progress bars); elsewhere plain lines, with upload progress every quarter.
 */
final class ConsoleProgress implements ProgressListener {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final int BAR = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private String status = "";
    private int lastQuarter = -1;

    ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void line(Level level, String text) {
        clearStatus();
        out.println(decorate(level, text));
        redrawStatus();
        out.flush();
    }

    @Override
    public synchronized void link(Level level, String text, String url) {
        line(level, url == null ? text : text + " " + url);
    }

    @Override
    public synchronized void uploadProgress(String fileName, long sent, long total) {
        int percent = total <= 0 ? 100 : (int) (sent * 100 / total);
        if (terminal) {
            setStatus(bar(percent) + " " + fileName + " " + size(sent) + " / " + size(total));
            if (sent >= total) {
                setStatus("");
            }
            return;
        }
        int quarter = percent / 25;
        if (sent == 0) {
            lastQuarter = -1;
        }
        if (quarter != lastQuarter && (sent > 0 || total == 0)) {
            lastQuarter = quarter;
            out.println("Uploaded " + percent + "% of " + fileName + " (" + size(total) + ")");
            out.flush();
        }
    }

    @Override
    public synchronized void taskProgress(
            String taskId, String description, int percent, String message) {
        if (terminal) {
            setStatus(
                    bar(percent)
                            + " "
                            + (description == null ? taskId : description)
                            + (message == null || message.isBlank() ? "" : " (" + message + ")"));
        }
    }

    private void setStatus(String text) {
        clearStatus();
        status = text;
        redrawStatus();
        out.flush();
    }

    private void clearStatus() {
        if (terminal && !status.isEmpty()) {
            out.print(CLEAR_LINE);
        }
    }

    private void redrawStatus() {
        if (terminal && !status.isEmpty()) {
            out.print(status);
        }
    }

    private String decorate(Level level, String text) {
        if (!terminal) {
            return switch (level) {
                case WARNING -> "WARNING: " + text;
                case ERROR -> "ERROR: " + text;
                default -> text;
            };
        }
        return switch (level) {
            case WARNING -> "\033[33m" + text + "\033[0m";
            case ERROR -> "\033[31m" + text + "\033[0m";
            case HIGHLIGHT -> "\033[1m" + text + "\033[0m";
            default -> text;
        };
    }

    private static String bar(int percent) {
        int p = Math.max(0, Math.min(100, percent));
        int filled = p * BAR / 100;
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + p + "%";
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
