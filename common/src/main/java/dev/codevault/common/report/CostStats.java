package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Estimated cost to write the first-party code again, as a range, with every input of the estimate.
 *
 * @param inputs            the model, its constants, the salary, overhead and currency, and the range factors
 * @param sourceLinesOfCode the code lines the estimate rests on: programming languages, first-party files only
 * @param low               the low end of the range
 * @param expected          the model's own figures
 * @param high              the high end of the range
 */
@Serdeable
public record CostStats(Inputs inputs, long sourceLinesOfCode, Figures low, Figures expected, Figures high) {

    /**
     * Inputs of a COCOMO estimate: effort is {@code a * KSLOC^b} person-months, schedule {@code c * effort^d}
     * months.
     *
     * @param model               the model and its mode, for readers
     * @param effortCoefficient   {@code a}
     * @param effortExponent      {@code b}
     * @param scheduleCoefficient {@code c}
     * @param scheduleExponent    {@code d}
     * @param annualSalary        the gross annual salary of one developer, in {@code currency}
     * @param overheadMultiplier  what one developer costs per unit of salary
     * @param currency            the currency code, for example {@code USD}
     * @param lowFactor           the share of the expected effort that gives the low end
     * @param highFactor          the multiple of the expected effort that gives the high end
     */
    @Serdeable
    public record Inputs(String model, double effortCoefficient, double effortExponent, double scheduleCoefficient,
                         double scheduleExponent, double annualSalary, double overheadMultiplier, String currency,
                         double lowFactor, double highFactor) {
    }

    /**
     * One point of the range.
     *
     * @param effortPersonMonths the effort in person-months
     * @param scheduleMonths     the elapsed time in months
     * @param people             the mean team size
     * @param cost               the cost in the inputs' currency
     */
    @Serdeable
    public record Figures(double effortPersonMonths, double scheduleMonths, double people, double cost) {
    }
}
