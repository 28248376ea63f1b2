package hudson.model;

import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Where a build step writes its log.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public interface TaskListener extends SerializableOnlyOverRemoting {
    PrintStream getLogger();
}
