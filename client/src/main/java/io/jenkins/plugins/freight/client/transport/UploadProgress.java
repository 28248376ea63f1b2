package io.jenkins.plugins.freight.client.transport;

/** Told how many bytes of a file have been written to the connection so far. */
@FunctionalInterface
public interface UploadProgress {

    void sent(long bytesSent, long totalBytes);

    /** Ignores progress. */
    static UploadProgress none() {
        return (sent, total) -> {};
    }
}
