package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Child process of {@link CrashDuringUploadTest}: opens a feed and pushes a large package slowly,
 * announcing "UPLOADING" once bytes are flowing, so the test can kill it mid-upload.
 *
 * <p>Arguments: data directory, JDBC URL, database user, database password.
 */
public final class SlowUploadMain {

    private SlowUploadMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Database database = Database.open(new DatabaseSettings(args[1], args[2], args[3], 2));
        if (args[1].startsWith("jdbc:h2:")) {
            // H2 writes committed changes to its file within a second; the migrations (DDL that
            // H2 cannot roll back) must be on disk before this process is killed
            database.withHandle(h -> h.execute("CHECKPOINT SYNC"));
        }
        FeedService feed =
                FeedService.open(
                        database,
                        FeedService.packagesDir(dataDir),
                        AccessPolicy.authenticatedCallers(),
                        PackageReferences.NONE,
                        Clock.systemUTC());
        feed.push(Caller.system(), "Spaces-1", "Crash.Test.1.0.0.zip", new SlowStream(), null);
        System.out.println("FINISHED");
    }

    /** 4 GiB of 'x', 256 KiB at a time with a pause between, so the upload takes minutes. */
    private static final class SlowStream extends InputStream {
        private static final long TOTAL = 4L << 30;
        private long sent;
        private boolean announced;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= TOTAL) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, 256 * 1024), TOTAL - sent);
            Arrays.fill(b, off, off + n, (byte) 'x');
            sent += n;
            if (!announced && sent >= 2 * 1024 * 1024) {
                announced = true;
                System.out.println("UPLOADING");
                System.out.flush();
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return n;
        }
    }
}
