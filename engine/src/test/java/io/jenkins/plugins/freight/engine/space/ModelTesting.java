package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Engines for configuration-model tests: one shared engine per database kind for the whole test
 * run, with each test working in a space of its own (spaces are a hard wall, so tests cannot see
 * each other), plus fresh engines for tests about first start.
 */
public final class ModelTesting {

    public static final Caller ALICE = new Caller("Users-7", "alice", Caller.Via.API_KEY, null);

    private static final Map<DatabaseKind, Engine> SHARED = new EnumMap<>(DatabaseKind.class);
    private static final AtomicInteger SPACES = new AtomicInteger();

    private ModelTesting() {}

    /** The shared engine of this kind (opened on first use, closed when the JVM exits). */
    public static synchronized Engine engine(DatabaseKind kind) {
        return SHARED.computeIfAbsent(
                kind,
                k -> {
                    Engine engine = fresh(k);
                    Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
                    return engine;
                });
    }

    /** A new engine on a new, empty database; the caller closes it. */
    public static Engine fresh(DatabaseKind kind) {
        try {
            Path dir = Files.createTempDirectory("freight-model-test");
            dir.toFile().deleteOnExit();
            Engine engine =
                    Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()));
            // the tests act as ALICE: an administrator under the permission model
            io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(engine, ALICE);
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new space (with its Default Project Group and Default Lifecycle) for one test. */
    public static String newSpace(Engine engine) {
        return engine.spaces()
                .create(Caller.system(), Space.named("Test space " + SPACES.incrementAndGet()))
                .id();
    }
}
