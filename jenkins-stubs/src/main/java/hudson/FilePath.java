package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * A file on the controller or an agent.
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public final class FilePath implements SerializableOnlyOverRemoting {

    public FilePath(VirtualChannel channel, String remote) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public FilePath(File localPath) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void copyTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isRemote() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * Work done where the file is.
     *
     * @since 1.312 (or earlier: the first tag in Jenkins' history)
     */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
