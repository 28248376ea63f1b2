package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Many threads push the same version at once: exactly one creates it. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ConcurrentPushTest extends FeedContractTest {

    private static final int THREADS = 8;

    @ParameterizedTest
    @EnumSource(OverwriteMode.class)
    @Timeout(60)
    void concurrentPushesOfOneVersionHaveExactlyOneWinner(OverwriteMode mode) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                String content = "content of pusher " + i;
                Callable<Object> pusher =
                        () -> {
                            start.await();
                            try {
                                return push("Acme.1.0.0.zip", content, mode).outcome();
                            } catch (ConflictException e) {
                                return e;
                            }
                        };
                outcomes.add(pool.submit(pusher));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : outcomes) {
                results.add(f.get(50, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(PushResult.Outcome.CREATED::equals).hasSize(1);
            Object others =
                    switch (mode) {
                        case FAIL_IF_EXISTS -> ConflictException.class;
                        case IGNORE_IF_EXISTS -> PushResult.Outcome.IGNORED;
                        case OVERWRITE_EXISTING -> PushResult.Outcome.OVERWRITTEN;
                    };
            assertThat(results)
                    .filteredOn(r -> r != PushResult.Outcome.CREATED)
                    .hasSize(THREADS - 1)
                    .allSatisfy(
                            r -> {
                                if (others instanceof Class<?> type) {
                                    assertThat(r).isInstanceOf(type);
                                    assertThat(((Exception) r).getMessage())
                                            .startsWith(FeedService.PACKAGE_EXISTS);
                                } else {
                                    assertThat(r).isEqualTo(others);
                                }
                            });
            assertThat(rows()).isEqualTo(1);
            PackageVersion stored = feed.get(CALLER, SPACE, "packages-Acme.1.0.0");
            assertThat(storedFiles()).contains(stored.sha256()).noneMatch(n -> n.startsWith("."));
        } finally {
            pool.shutdownNow();
        }
    }
}
