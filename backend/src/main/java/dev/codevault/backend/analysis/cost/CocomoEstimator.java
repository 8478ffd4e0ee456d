package dev.codevault.backend.analysis.cost;

/** Computes the basic COCOMO estimate described in {@link CostInputs}. */
public final class CocomoEstimator {

    private CocomoEstimator() {
    }

    /**
     * Estimates the cost of writing the given number of source lines again.
     *
     * @param sourceLinesOfCode code lines of first-party programming files; 0 gives zero figures
     * @throws IllegalArgumentException when the count is negative
     */
    public static CostEstimate estimate(long sourceLinesOfCode, CostInputs inputs) {
        if (sourceLinesOfCode < 0) {
            throw new IllegalArgumentException("Invalid line count " + sourceLinesOfCode + ": use 0 or more");
        }
        double expectedEffort = inputs.effortCoefficient()
                * Math.pow(sourceLinesOfCode / 1000.0, inputs.effortExponent());

        return new CostEstimate(inputs, sourceLinesOfCode,
                figuresFor(expectedEffort * inputs.lowFactor(), inputs),
                figuresFor(expectedEffort, inputs),
                figuresFor(expectedEffort * inputs.highFactor(), inputs));
    }

    private static CostFigures figuresFor(double effort, CostInputs inputs) {
        if (effort == 0) {
            return CostFigures.ZERO;
        }
        double schedule = inputs.scheduleCoefficient() * Math.pow(effort, inputs.scheduleExponent());
        double cost = effort * inputs.annualSalary() / 12 * inputs.overheadMultiplier();
        return new CostFigures(effort, schedule, effort / schedule, cost);
    }
}
