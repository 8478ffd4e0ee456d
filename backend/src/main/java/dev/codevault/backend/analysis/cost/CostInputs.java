package dev.codevault.backend.analysis.cost;

/**
 * Every input of the cost-to-replicate estimate, shown in the result so a reader can check or redo it. The model is
 * basic COCOMO (Boehm, 1981): effort {@code E = a * KSLOC^b} person-months, schedule {@code D = c * E^d} months,
 * people {@code E / D}, and cost {@code E * annualSalary / 12 * overheadMultiplier}.
 *
 * @param model              a name for the model and its mode, for readers
 * @param effortCoefficient  {@code a}
 * @param effortExponent     {@code b}
 * @param scheduleCoefficient {@code c}
 * @param scheduleExponent   {@code d}
 * @param annualSalary       the gross annual salary of one developer, in {@code currency}
 * @param overheadMultiplier what one developer costs the employer per unit of salary (offices, equipment, management)
 * @param currency           the currency code of the salary and the cost, for example {@code USD}
 * @param lowFactor          the share of the expected effort that gives the low end of the range
 * @param highFactor         the multiple of the expected effort that gives the high end of the range
 */
public record CostInputs(String model, double effortCoefficient, double effortExponent, double scheduleCoefficient,
                         double scheduleExponent, double annualSalary, double overheadMultiplier, String currency,
                         double lowFactor, double highFactor) {

    /**
     * Checks that every number is positive and that the range factors bracket 1.
     *
     * @throws IllegalArgumentException naming the first invalid input
     */
    public CostInputs {
        requirePositive("effort coefficient", effortCoefficient);
        requirePositive("effort exponent", effortExponent);
        requirePositive("schedule coefficient", scheduleCoefficient);
        requirePositive("schedule exponent", scheduleExponent);
        requirePositive("annual salary", annualSalary);
        requirePositive("overhead multiplier", overheadMultiplier);
        if (!(lowFactor > 0 && lowFactor <= 1)) {
            throw new IllegalArgumentException("Invalid low factor " + lowFactor
                    + ": use a number above 0 and at most 1");
        }
        if (!(highFactor >= 1 && Double.isFinite(highFactor))) {
            throw new IllegalArgumentException("Invalid high factor " + highFactor + ": use a number of at least 1");
        }
        if (currency.isBlank()) {
            throw new IllegalArgumentException("Missing currency: give a currency code such as USD");
        }
    }

    /**
     * Returns basic COCOMO in organic mode (a = 2.4, b = 1.05, c = 2.5, d = 0.38), with the salary and overhead that
     * SLOCCount and scc use by default (56,286 USD a year, overhead 2.4) so that the figures compare with theirs, and
     * a range from half to twice the expected effort.
     *
     * <p>NOTE: the range factors are our own choice, not Boehm's: basic COCOMO is an order-of-magnitude estimate.
     */
    public static CostInputs basicCocomoOrganic() {
        return new CostInputs("basic COCOMO, organic", 2.4, 1.05, 2.5, 0.38, 56_286, 2.4, "USD", 0.5, 2.0);
    }

    /** Returns these inputs with another annual salary and currency. */
    public CostInputs withSalary(double newAnnualSalary, String newCurrency) {
        return new CostInputs(model, effortCoefficient, effortExponent, scheduleCoefficient, scheduleExponent,
                newAnnualSalary, overheadMultiplier, newCurrency, lowFactor, highFactor);
    }

    /** Returns these inputs with another overhead multiplier. */
    public CostInputs withOverheadMultiplier(double newOverheadMultiplier) {
        return new CostInputs(model, effortCoefficient, effortExponent, scheduleCoefficient, scheduleExponent,
                annualSalary, newOverheadMultiplier, currency, lowFactor, highFactor);
    }

    /** Returns these inputs with other model constants, under a new model name. */
    public CostInputs withModel(String newModel, double a, double b, double c, double d) {
        return new CostInputs(newModel, a, b, c, d, annualSalary, overheadMultiplier, currency, lowFactor, highFactor);
    }

    /** Returns these inputs with another range around the expected effort. */
    public CostInputs withRange(double newLowFactor, double newHighFactor) {
        return new CostInputs(model, effortCoefficient, effortExponent, scheduleCoefficient, scheduleExponent,
                annualSalary, overheadMultiplier, currency, newLowFactor, newHighFactor);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use a positive number");
        }
    }
}
