package dev.codevault.backend.analysis.cli;

import dev.codevault.backend.analysis.cost.CostInputs;
import io.micronaut.core.annotation.Nullable;
import java.util.Currency;
import java.util.Locale;

/**
 * Checks the cost options of {@code codevault analyze} and turns them into {@link CostInputs}. The upper bounds
 * keep every figure of the estimate finite: without them, {@code --salary=1e308} printed an infinite cost.
 */
final class CostArguments {

    static final double MAX_SALARY = 1e9;
    static final double MAX_OVERHEAD = 100;
    static final double MAX_COCOMO_CONSTANT = 10;
    static final double MAX_HIGH_FACTOR = 100;

    private CostArguments() {
    }

    /**
     * Returns the cost inputs of the options.
     *
     * @param cocomo the text of {@code --cocomo}, or {@code null} for the organic constants
     * @param range  the text of {@code --range}, or {@code null} for the default range
     * @throws IllegalArgumentException naming the first invalid option and its allowed values
     */
    static CostInputs parse(double salary, String currency, double overhead, @Nullable String cocomo,
                            @Nullable String range) {
        requireWithin("--salary", salary, MAX_SALARY);
        requireWithin("--overhead", overhead, MAX_OVERHEAD);
        CostInputs cost = CostInputs.basicCocomoOrganic().withSalary(salary, currencyCode(currency))
                .withOverheadMultiplier(overhead);

        if (cocomo != null) {
            double[] constants = numbers("--cocomo", cocomo, 4, "A,B,C,D, for example 3.0,1.12,2.5,0.35 for "
                    + "semi-detached projects");
            for (double constant : constants) {
                requireWithin("--cocomo", constant, MAX_COCOMO_CONSTANT);
            }
            cost = cost.withModel("basic COCOMO, custom constants", constants[0], constants[1], constants[2],
                    constants[3]);
        }
        if (range != null) {
            double[] factors = numbers("--range", range, 2, "LOW,HIGH, for example 0.5,2");
            if (!(factors[0] > 0 && factors[0] <= 1) || !(factors[1] >= 1 && factors[1] <= MAX_HIGH_FACTOR)) {
                throw new IllegalArgumentException("--range " + range + " is invalid: LOW must be above 0 and at "
                        + "most 1, and HIGH from 1 to " + decimal(MAX_HIGH_FACTOR) + ". For example: 0.5,2.");
            }
            cost = cost.withRange(factors[0], factors[1]);
        }
        return cost;
    }

    private static String currencyCode(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--currency " + text + " is not an ISO 4217 currency code. Give a "
                    + "three-letter code such as USD, EUR or GBP.", e);
        }
    }

    private static double[] numbers(String option, String text, int count, String form) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException(option + " " + text + " is invalid: give " + count + " numbers "
                    + form + ".");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " " + text + " is invalid: '" + parts[i].strip()
                        + "' is not a number. Give " + form + ".", e);
            }
        }
        return numbers;
    }

    private static void requireWithin(String option, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new IllegalArgumentException(option + " " + decimal(value) + " is out of range: give a number "
                    + "above 0 and at most " + decimal(max) + ".");
        }
    }

    private static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.valueOf(value);
    }
}
