package io.jenkins.plugins.freight.engine.lifecycle;

import java.util.Objects;

/**
 * How long releases (or the files they put on targets) are kept.
 *
 * @param strategy {@code DEFAULT} (the space's default), {@code COUNT} (keep {@code quantityToKeep}
 *     of {@code unit}) or {@code FOREVER}
 * @param quantityToKeep how many days or items; 0 with {@code FOREVER}
 * @param unit what {@code quantityToKeep} counts
 */
public record RetentionPeriod(Strategy strategy, int quantityToKeep, Unit unit) {

    public enum Strategy {
        DEFAULT,
        COUNT,
        FOREVER
    }

    public enum Unit {
        DAYS,
        ITEMS
    }

    public RetentionPeriod {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(unit, "unit");
        if (quantityToKeep < 0) {
            throw new IllegalArgumentException("quantityToKeep must not be negative");
        }
    }

    public static RetentionPeriod keepForever() {
        return new RetentionPeriod(Strategy.FOREVER, 0, Unit.DAYS);
    }

    public static RetentionPeriod keep(int quantity, Unit unit) {
        return new RetentionPeriod(Strategy.COUNT, quantity, unit);
    }

    /** Octopus's legacy flag: nothing is ever deleted. */
    public boolean shouldKeepForever() {
        return strategy == Strategy.FOREVER || (strategy == Strategy.COUNT && quantityToKeep == 0);
    }
}
