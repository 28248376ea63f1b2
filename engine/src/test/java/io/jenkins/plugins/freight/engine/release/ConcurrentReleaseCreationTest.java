package io.jenkins.plugins.freight.engine.release;

import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.ALICE;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.scriptStep;
import static io.jenkins.plugins.freight.engine.release.ReleaseTesting.setProcess;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class ConcurrentReleaseCreationTest {

    private static final int THREADS = 8;

    private record Outcome(Release release, Throwable error) {}

    private static List<Outcome> race(
            DatabaseKind kind, CreateReleaseRequest request, String[] spaceOut) throws Exception {
        ReleaseTesting.Parts parts = ReleaseTesting.parts(kind);
        Engine engine = parts.engine();
        String space = ModelTesting.newSpace(engine);
        spaceOut[0] = space;
        Project project = engine.projects().create(ALICE, space, Project.builder("Web").build());
        setProcess(engine, space, project, scriptStep("Say hi"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<Outcome> attempt =
                        () -> {
                            start.await();
                            try {
                                return new Outcome(
                                        parts.releases().create(ALICE, space, request), null);
                            } catch (RuntimeException e) {
                                return new Outcome(null, e);
                            }
                        };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(50, TimeUnit.SECONDS));
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrentCreatesOfOneVersionMakeExactlyOneRelease(DatabaseKind kind) throws Exception {
        String[] space = new String[1];
        List<Outcome> outcomes =
                race(kind, CreateReleaseRequest.of("Web").withVersion("2.0.0"), space);

        assertThat(outcomes.stream().filter(o -> o.release() != null)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.error() != null))
                .hasSize(THREADS - 1)
                .allSatisfy(
                        o ->
                                assertThat(o.error())
                                        .isInstanceOf(ConflictException.class)
                                        .hasMessage(
                                                "Release 2.0.0 already exists in project Web."));
        assertThat(
                        ReleaseTesting.parts(kind)
                                .releases()
                                .listByProject(ALICE, space[0], "Web", null, null, 0, 10)
                                .totalResults())
                .isOne();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrentCreatesWithIgnoreIfAlreadyExistsAllGetTheOneRelease(DatabaseKind kind)
            throws Exception {
        String[] space = new String[1];
        List<Outcome> outcomes =
                race(
                        kind,
                        CreateReleaseRequest.of("Web")
                                .withVersion("3.0.0")
                                .ignoringIfAlreadyExists(),
                        space);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes.stream().map(o -> o.release().id()).distinct()).hasSize(1);
    }
}
