package io.jenkins.plugins.freight.server.lifecycles;

import io.jenkins.plugins.freight.engine.lifecycle.RetentionPeriod;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import java.util.Locale;

/**
 * Octopus's {@code RetentionPeriod}. {@code Strategy} is newer: without it, a positive {@code
 * QuantityToKeep} means "keep that many", otherwise "keep forever".
 */
public record RetentionPeriodWire(
        String strategy, Integer quantityToKeep, Boolean shouldKeepForever, String unit) {

    static RetentionPeriodWire of(RetentionPeriod p) {
        if (p == null) {
            return null;
        }
        return new RetentionPeriodWire(
                pascal(p.strategy().name()),
                p.quantityToKeep(),
                p.strategy() == RetentionPeriod.Strategy.FOREVER,
                pascal(p.unit().name()));
    }

    RetentionPeriod toRetentionPeriod() {
        try {
            return parse();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(
                    "A retention policy is not valid: Strategy must be Default, Count or Forever,"
                            + " Unit Days or Items, and QuantityToKeep not negative.");
        }
    }

    private RetentionPeriod parse() {
        int quantity = quantityToKeep == null ? 0 : quantityToKeep;
        RetentionPeriod.Unit u =
                unit == null || unit.isBlank()
                        ? RetentionPeriod.Unit.DAYS
                        : RetentionPeriod.Unit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        RetentionPeriod.Strategy s;
        if (strategy != null && !strategy.isBlank()) {
            s = RetentionPeriod.Strategy.valueOf(strategy.strip().toUpperCase(Locale.ROOT));
        } else if (Boolean.TRUE.equals(shouldKeepForever) || quantity == 0) {
            s = RetentionPeriod.Strategy.FOREVER;
        } else {
            s = RetentionPeriod.Strategy.COUNT;
        }
        return new RetentionPeriod(s, quantity, u);
    }

    private static String pascal(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }
}
