package io.jenkins.plugins.freight.server.ui;

import java.nio.file.Path;

/**
 * Where tests keep screenshots: {@code target/screenshots}, or the directory named by the system
 * property {@code freight.screenshots} (the documentation's images are taken with {@code
 * -Dfreight.screenshots=../docs/images}).
 */
final class Screenshots {

    private Screenshots() {}

    static Path file(String name) {
        String dir = System.getProperty("freight.screenshots");
        return (dir == null || dir.isBlank() ? Path.of("target", "screenshots") : Path.of(dir))
                .resolve(name);
    }
}
