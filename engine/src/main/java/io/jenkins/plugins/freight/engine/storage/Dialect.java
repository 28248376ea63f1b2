package io.jenkins.plugins.freight.engine.storage;

/** The two databases Freight runs on. Most SQL is shared; only a few statements differ. */
public enum Dialect {
    H2,
    POSTGRESQL
}
