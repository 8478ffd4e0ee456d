package dev.codevault.backend.analysis.cost;

/**
 * One point of the cost-to-replicate range.
 *
 * @param effortPersonMonths the effort in person-months
 * @param scheduleMonths     the elapsed time in months
 * @param people             the mean team size, effort divided by schedule
 * @param cost               the cost in the inputs' currency
 */
public record CostFigures(double effortPersonMonths, double scheduleMonths, double people, double cost) {

    /** The figures of a tree without source code. */
    public static final CostFigures ZERO = new CostFigures(0, 0, 0, 0);
}
