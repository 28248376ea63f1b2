package io.jenkins.plugins.freight.engine.target;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.Locale;

/** The script languages Freight runs on targets. */
public enum ScriptSyntax {
    /** GNU Bash; the default on Linux targets. */
    BASH("bash", "sh"),
    /** A POSIX shell ({@code /bin/sh}). */
    SH("sh", "sh"),
    /** PowerShell 7, run with {@code pwsh} where it is installed. */
    POWERSHELL("pwsh", "ps1");

    private final String interpreter;
    private final String extension;

    ScriptSyntax(String interpreter, String extension) {
        this.interpreter = interpreter;
        this.extension = extension;
    }

    /** The program that runs a script of this syntax. */
    public String interpreter() {
        return interpreter;
    }

    /** The file extension a script of this syntax is written with. */
    public String extension() {
        return extension;
    }

    /**
     * Reads an Octopus {@code Octopus.Action.Script.Syntax} value ({@code Bash}, {@code
     * PowerShell}, and Freight's {@code Sh}); an empty value means Bash.
     */
    public static ScriptSyntax fromOctopus(String value) {
        if (value == null || value.isBlank()) {
            return BASH;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "bash" -> BASH;
            case "sh" -> SH;
            case "powershell", "pwsh" -> POWERSHELL;
            default ->
                    throw new InvalidInputException(
                            "Script syntax '"
                                    + value
                                    + "' is not supported; use Bash, Sh or PowerShell.");
        };
    }

    /** The syntax of a script file, from its extension; Bash when the extension is unknown. */
    public static ScriptSyntax forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ps1") ? POWERSHELL : BASH;
    }
}
