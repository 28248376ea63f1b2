package io.jenkins.plugins.freight.engine.step;

/** The shell scripts behind package deployment's release directories on a target. */
final class ReleaseScripts {

    private ReleaseScripts() {}

    /** Creates a fresh release directory and publishes its path. */
    static String create(String appRoot, String version) {
        String base = ScriptStep.shellQuote(appRoot + "/" + version);
        return "rel="
                + base
                + "\n"
                + "n=1\n"
                + "while [ -e \"$rel\" ]; do rel="
                + base
                + "_$n; n=$((n+1)); done\n"
                + "mkdir -p \"$rel\" || exit 1\n"
                + "set_octopusvariable \""
                + PackageDeployStep.INSTALLATION_DIRECTORY
                + "\" \"$rel\"\n";
    }

    /**
     * Runs the package's scripts, switches {@code current} atomically (a new link renamed over the
     * old one) and removes release directories beyond the newest {@code retain}.
     */
    static String deploy(String appRoot, String releaseDir, int retain) {
        String app = ScriptStep.shellQuote(appRoot);
        String rel = ScriptStep.shellQuote(releaseDir);
        return "app="
                + app
                + "\nrel="
                + rel
                + "\n"
                + "freight_run() {\n"
                + "  if [ -f \"$rel/$1\" ]; then\n"
                + "    echo \"Running $1\"\n"
                + "    ( cd \"$rel\" && . \"./$1\" ) || { rc=$?; echo \"$1 failed with exit code $rc\" >&2; exit $rc; }\n"
                + "  fi\n"
                + "}\n"
                + "freight_run PreDeploy.sh\n"
                + "freight_run Deploy.sh\n"
                + "touch \"$rel\"\n"
                + "ln -sfn \"$rel\" \"$app/.current.tmp\" && mv -Tf \"$app/.current.tmp\" \"$app/current\" || exit 1\n"
                + "echo \"current -> $rel\"\n"
                + "freight_run PostDeploy.sh\n"
                + "cur=$(readlink \"$app/current\")\n"
                + "ls -1dt \"$app\"/*/ 2>/dev/null | sed 's:/$::'"
                + " | while IFS= read -r d; do [ -L \"$d\" ] || echo \"$d\"; done"
                + " | tail -n +"
                + (retain + 1)
                + " | while IFS= read -r d; do\n"
                + "  [ \"$d\" = \"$cur\" ] && continue\n"
                + "  echo \"Removing old release $d\"; rm -rf \"$d\"\n"
                + "done\n"
                + "exit 0\n";
    }
}
