package dev.codevault.desktop.dashboard;

import dev.codevault.common.report.CostStats;

/**
 * Recomputes the cost to replicate from edited inputs with the server's basic COCOMO formulas: effort is
 * {@code a * KSLOC^b} person-months, schedule {@code c * effort^d} months, cost the effort times the monthly salary
 * times the overhead; the low and high ends scale the effort by their factors.
 */
public final class CostCalculator {

    private CostCalculator() {
    }

    /**
     * Returns the range for a number of source lines.
     *
     * @throws IllegalArgumentException when the line count is negative
     */
    public static CostStats estimate(long sourceLinesOfCode, CostStats.Inputs inputs) {
        if (sourceLinesOfCode < 0) {
            throw new IllegalArgumentException("Invalid line count " + sourceLinesOfCode + ": use 0 or more");
        }
        double expected = inputs.effortCoefficient() * Math.pow(sourceLinesOfCode / 1000.0, inputs.effortExponent());
        return new CostStats(inputs, sourceLinesOfCode, figures(expected * inputs.lowFactor(), inputs),
                figures(expected, inputs), figures(expected * inputs.highFactor(), inputs));
    }

    private static CostStats.Figures figures(double effort, CostStats.Inputs inputs) {
        if (effort == 0) {
            return new CostStats.Figures(0, 0, 0, 0);
        }
        double schedule = inputs.scheduleCoefficient() * Math.pow(effort, inputs.scheduleExponent());
        double cost = effort * inputs.annualSalary() / 12 * inputs.overheadMultiplier();
        return new CostStats.Figures(effort, schedule, effort / schedule, cost);
    }
}
