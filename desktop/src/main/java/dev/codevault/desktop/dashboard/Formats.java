package dev.codevault.desktop.dashboard;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Formats the dashboard's numbers in the user's locale. */
public final class Formats {

    private static final double WEEKS_PER_MONTH = 52.0 / 12;
    private static final double WORKING_DAYS_PER_MONTH = 21.7;

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
     * read as {@code 0.0 people for 0.4 months}.
     */
    public static String effort(double people, double months) {
        if (people >= 1) {
            return decimal(people) + " people for " + duration(months);
        }
        return "one person for " + duration(people * months);
    }

    private static String duration(double months) {
        if (months >= 1) {
            return decimal(months) + " months";
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
     * Returns an amount of money rounded to a short form, for example {@code $1.2M} or {@code EUR 350K}; the currency
     * code comes first where the locale has no symbol for it.
     */
    public static String money(double amount, String currencyCode) {
        String symbol = symbolOf(currencyCode);
        double absolute = Math.abs(amount);
        String scaled;
        if (absolute >= 1_000_000_000) {
            scaled = decimal(amount / 1_000_000_000) + "B";
        } else if (absolute >= 1_000_000) {
            scaled = decimal(amount / 1_000_000) + "M";
        } else if (absolute >= 10_000) {
            scaled = count(Math.round(amount / 1000)) + "K";
        } else {
            scaled = count(Math.round(amount));
        }
        return symbol.length() == 1 ? symbol + scaled : symbol + " " + scaled;
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
