package io.jenkins.plugins.freight.engine.target;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files a script run needs in its scratch directory on the target: the user's script,
 * the variables file behind {@code get_octopusvariable}, and a bootstrap that records its process
 * group, defines Octopus's helper functions, exports the environment, changes to the working
 * directory and sources the script.
 *
 * <p>Helpers, as in Octopus's Bash bootstrap: {@code set_octopusvariable NAME VALUE [-sensitive]},
 * {@code get_octopusvariable NAME}, {@code fail_step MESSAGE}, {@code new_octopusartifact PATH
 * [NAME]}, {@code update_progress PERCENT [MESSAGE]}, {@code write_verbose}, {@code
 * write_highlight}, {@code write_wait}, {@code write_warning}. They are POSIX shell, so Bash and sh
 * scripts share them.
 */
final class ScriptBootstrap {

    static final String BOOTSTRAP = "bootstrap";
    static final String SCRIPT = "script";
    static final String VARIABLES = "variables";
    static final String PID = "pid";

    private static final String SHELL_HELPERS =
            """
            _freight_b64() { printf '%s' "$1" | base64 | tr -d '\\n'; }
            set_octopusvariable() {
              _freight_sensitive=False
              if [ "$3" = "-sensitive" ] || [ "$3" = "--sensitive" ]; then _freight_sensitive=True; fi
              printf "##octopus[setVariable name='%s' value='%s' sensitive='%s']\\n" \\
                "$(_freight_b64 "$1")" "$(_freight_b64 "$2")" "$(_freight_b64 "$_freight_sensitive")"
            }
            get_octopusvariable() {
              _freight_key=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]' | base64 | tr -d '\\n')
              while IFS=' ' read -r _freight_k _freight_v; do
                if [ "$_freight_k" = "$_freight_key" ]; then printf '%s' "$_freight_v" | base64 -d; return 0; fi
              done < "$FREIGHT_VARIABLES_FILE"
              return 0
            }
            fail_step() {
              printf "##octopus[resultMessage message='%s']\\n" "$(_freight_b64 "$1")"
              exit 1
            }
            new_octopusartifact() {
              if [ ! -e "$1" ]; then echo "Cannot publish artifact: there is no file at $1" >&2; return 1; fi
              _freight_name=${2:-$(basename "$1")}
              printf "##octopus[createArtifact path='%s' name='%s']\\n" "$(_freight_b64 "$1")" "$(_freight_b64 "$_freight_name")"
            }
            update_progress() {
              printf "##octopus[progress percentage='%s' message='%s']\\n" "$(_freight_b64 "$1")" "$(_freight_b64 "$2")"
            }
            write_verbose() { printf '##octopus[stdout-verbose]\\n%s\\n##octopus[stdout-default]\\n' "$1"; }
            write_highlight() { printf '##octopus[stdout-highlight]\\n%s\\n##octopus[stdout-default]\\n' "$1"; }
            write_wait() { printf '##octopus[stdout-wait]\\n%s\\n##octopus[stdout-default]\\n' "$1"; }
            write_warning() { printf '##octopus[stdout-warning]\\n%s\\n##octopus[stdout-default]\\n' "$1"; }
            """;

    static final String MISSING_PWSH =
            "PowerShell is not installed on this target: no pwsh on its PATH. Install PowerShell 7"
                    + " there, or write the script in Bash.";

    private static final String POWERSHELL_HELPERS =
            """
            function Convert-FreightBase64([string]$Text) { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text)) }
            function Set-OctopusVariable([string]$Name, [string]$Value, [switch]$Sensitive) {
              Write-Host ("##octopus[setVariable name='{0}' value='{1}' sensitive='{2}']" -f (Convert-FreightBase64 $Name), (Convert-FreightBase64 $Value), (Convert-FreightBase64 ([string][bool]$Sensitive)))
            }
            function Get-OctopusVariable([string]$Name) {
              $key = Convert-FreightBase64 $Name.ToLowerInvariant()
              foreach ($line in Get-Content -LiteralPath $env:FREIGHT_VARIABLES_FILE) {
                $parts = $line.Split(' ')
                if ($parts[0] -eq $key) { return [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1])) }
              }
              return ''
            }
            function Fail-Step([string]$Message) {
              Write-Host ("##octopus[resultMessage message='{0}']" -f (Convert-FreightBase64 $Message)); exit 1
            }
            function New-OctopusArtifact([string]$Path, [string]$Name) {
              if (-not $Name) { $Name = Split-Path -Leaf $Path }
              Write-Host ("##octopus[createArtifact path='{0}' name='{1}']" -f (Convert-FreightBase64 $Path), (Convert-FreightBase64 $Name))
            }
            function Update-Progress([int]$Percentage, [string]$Message) {
              Write-Host ("##octopus[progress percentage='{0}' message='{1}']" -f (Convert-FreightBase64 "$Percentage"), (Convert-FreightBase64 $Message))
            }
            """;

    private ScriptBootstrap() {}

    /**
     * The files to place in {@code scratch} (an absolute path on the target), by file name. The
     * bootstrap is {@link #bootstrapName(ScriptSyntax)}.
     */
    static Map<String, byte[]> files(ScriptRequest request, String scratch) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String ext = request.syntax().extension();
        files.put(SCRIPT + "." + ext, request.body().getBytes(StandardCharsets.UTF_8));
        files.put(VARIABLES, variablesFile(request.variables()));
        String bootstrap =
                request.syntax() == ScriptSyntax.POWERSHELL
                        ? powershell(request, scratch)
                        : shell(request, scratch);
        files.put(bootstrapName(request.syntax()), bootstrap.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static String bootstrapName(ScriptSyntax syntax) {
        return BOOTSTRAP + "." + syntax.extension();
    }

    /** The shell command, run in {@code scratch}, that starts the bootstrap in its own session. */
    static String command(ScriptSyntax syntax, String scratch) {
        String run = syntax.interpreter() + " " + quote(scratch + "/" + bootstrapName(syntax));
        return interpreterCheck(syntax)
                + "cd "
                + quote(scratch)
                + " && if command -v setsid >/dev/null 2>&1; then exec setsid -w "
                + run
                + "; else exec "
                + run
                + "; fi";
    }

    /**
     * For PowerShell, a check that {@code pwsh} is on the target's PATH, failing the step with a
     * message that says so (a missing Bash or sh fails on its own with "not found").
     */
    private static String interpreterCheck(ScriptSyntax syntax) {
        if (syntax != ScriptSyntax.POWERSHELL) {
            return "";
        }
        String message =
                Base64.getEncoder().encodeToString((MISSING_PWSH).getBytes(StandardCharsets.UTF_8));
        return "if ! command -v pwsh >/dev/null 2>&1; then echo \"##octopus[resultMessage"
                + " message='"
                + message
                + "']\"; exit 127; fi; ";
    }

    /** The shell command that kills the process group the bootstrap recorded. */
    static String killCommand(String scratch, String signal) {
        String pidFile = quote(scratch + "/" + PID);
        return "p=$(cat "
                + pidFile
                + " 2>/dev/null) && [ -n \"$p\" ] && { kill -"
                + signal
                + " -\"$p\" 2>/dev/null || kill -"
                + signal
                + " \"$p\" 2>/dev/null; }; true";
    }

    private static String shell(ScriptRequest request, String scratch) {
        StringBuilder out = new StringBuilder();
        out.append("echo $$ > ").append(quote(scratch + "/" + PID)).append('\n');
        out.append("FREIGHT_VARIABLES_FILE=")
                .append(quote(scratch + "/" + VARIABLES))
                .append("\nexport FREIGHT_VARIABLES_FILE\n");
        request.environment()
                .forEach(
                        (name, value) ->
                                out.append("export ")
                                        .append(name)
                                        .append('=')
                                        .append(quote(value))
                                        .append('\n'));
        out.append(SHELL_HELPERS);
        out.append("cd ")
                .append(quote(request.workingDirectory().orElse(scratch)))
                .append(" || exit 1\n");
        if (!request.parameters().isBlank()) {
            out.append("set -- ").append(request.parameters()).append('\n');
        }
        out.append(". ").append(quote(scratch + "/" + SCRIPT + ".sh")).append('\n');
        return out.toString();
    }

    private static String powershell(ScriptRequest request, String scratch) {
        StringBuilder out = new StringBuilder();
        out.append("$PID | Out-File -Encoding ascii -NoNewline -LiteralPath ")
                .append(psQuote(scratch + "/" + PID))
                .append('\n');
        out.append("$env:FREIGHT_VARIABLES_FILE = ")
                .append(psQuote(scratch + "/" + VARIABLES))
                .append('\n');
        request.environment()
                .forEach(
                        (name, value) ->
                                out.append("$env:")
                                        .append(name)
                                        .append(" = ")
                                        .append(psQuote(value))
                                        .append('\n'));
        out.append(POWERSHELL_HELPERS);
        out.append("Set-Location -LiteralPath ")
                .append(psQuote(request.workingDirectory().orElse(scratch)))
                .append('\n');
        out.append(". ")
                .append(psQuote(scratch + "/" + SCRIPT + ".ps1"))
                .append(' ')
                .append(request.parameters())
                .append("\nif ($LASTEXITCODE) { exit $LASTEXITCODE }\n");
        return out.toString();
    }

    private static byte[] variablesFile(Map<String, String> variables) {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder out = new StringBuilder();
        variables.forEach(
                (name, value) ->
                        out.append(
                                        b64.encodeToString(
                                                name.toLowerCase(Locale.ROOT)
                                                        .getBytes(StandardCharsets.UTF_8)))
                                .append(' ')
                                .append(
                                        b64.encodeToString(
                                                (value == null ? "" : value)
                                                        .getBytes(StandardCharsets.UTF_8)))
                                .append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a value for a POSIX shell. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static String psQuote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
