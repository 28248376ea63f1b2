package io.jenkins.plugins.freight.client.transport;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Marks a non-idempotent request's body as one-shot, so OkHttp's own connection-failure recovery
 * never sends it a second time once sending has begun.
 */
final class OneShotBody extends RequestBody {

    private final RequestBody delegate;

    OneShotBody(RequestBody delegate) {
        this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
        return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
        return delegate.contentLength();
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        delegate.writeTo(sink);
    }
}
