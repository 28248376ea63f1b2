package io.jenkins.plugins.freight.client;

import java.util.function.Supplier;

/** A value computed on first use and remembered; a failure is not remembered. */
final class Memo<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    Memo(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = supplier.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
