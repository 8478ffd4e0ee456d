package dev.codevault.desktop.dashboard;

import dev.codevault.common.report.CostStats;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cost to replicate with editable inputs: every change of an input recomputes the range at once, and an input
 * that is not a number above 0 is named in the error instead, with no estimate until it is fixed. Use it on the
 * JavaFX thread.
 */
@Prototype
public class CostViewModel {

    /** An editable input of the estimate. */
    public enum Input {
        ANNUAL_SALARY("annual salary", "above 0 and at most 1000000000", 0, 1_000_000_000),
        OVERHEAD("overhead multiplier", "above 0 and at most 100", 0, 100),
        LOW_FACTOR("low factor", "above 0 and at most 1", 0, 1),
        HIGH_FACTOR("high factor", "from 1 to 100", 1, 100),
        EFFORT_COEFFICIENT("effort coefficient a", "above 0 and at most 10", 0, 10),
        EFFORT_EXPONENT("effort exponent b", "above 0 and at most 10", 0, 10),
        SCHEDULE_COEFFICIENT("schedule coefficient c", "above 0 and at most 10", 0, 10),
        SCHEDULE_EXPONENT("schedule exponent d", "above 0 and at most 10", 0, 10);

        private final String label;
        private final String allowed;
        private final double minimum;
        private final double maximum;

        /**
         * Creates an input with the bounds of the analyze command's cost options, so both reject the same values. A
         * minimum of 0 excludes 0 itself, and any other minimum is allowed.
         */
        Input(String label, String allowed, double minimum, double maximum) {
            this.label = label;
            this.allowed = allowed;
            this.minimum = minimum;
            this.maximum = maximum;
        }

        /** Returns the input's name in messages. */
        public String label() {
            return label;
        }

        private boolean accepts(double value) {
            boolean aboveMinimum = minimum == 0 ? value > 0 : value >= minimum;
            return aboveMinimum && value <= maximum;
        }
    }

    /** The maximum number of characters of an invalid input that its error quotes, so pasted text cannot widen it. */
    private static final int MAX_QUOTED_LENGTH = 30;
    /** The headline while an input is invalid, in place of a range computed from older inputs. */
    static final String WAITING_HEADLINE = "The estimate waits for valid inputs.";

    private final Map<Input, StringProperty> inputs = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<CostStats> estimate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private CostStats fromServer;
    private boolean loading;

    CostViewModel() {
        for (Input input : Input.values()) {
            StringProperty text = new SimpleStringProperty("");
            text.addListener((observable, before, after) -> recompute());
            inputs.put(input, text);
        }
    }

    /** Shows the server's estimate and its inputs. */
    public void load(CostStats serverEstimate) {
        fromServer = serverEstimate;
        loading = true;
        CostStats.Inputs values = serverEstimate.inputs();
        set(Input.ANNUAL_SALARY, values.annualSalary());
        set(Input.OVERHEAD, values.overheadMultiplier());
        set(Input.LOW_FACTOR, values.lowFactor());
        set(Input.HIGH_FACTOR, values.highFactor());
        set(Input.EFFORT_COEFFICIENT, values.effortCoefficient());
        set(Input.EFFORT_EXPONENT, values.effortExponent());
        set(Input.SCHEDULE_COEFFICIENT, values.scheduleCoefficient());
        set(Input.SCHEDULE_EXPONENT, values.scheduleExponent());
        loading = false;
        error.set("");
        show(serverEstimate);
    }

    /** Puts the server's inputs back. */
    public void reset() {
        if (fromServer != null) {
            load(fromServer);
        }
    }

    private void recompute() {
        if (loading || fromServer == null) {
            return;
        }
        Map<Input, Double> values = new LinkedHashMap<>();
        for (Input input : Input.values()) {
            Double value = parse(inputs.get(input).get());
            if (value == null || !input.accepts(value)) {
                error.set("Enter a number " + input.allowed + " for the " + input.label() + " (now '"
                        + shortened(inputs.get(input).get()) + "').");
                show(null);
                return;
            }
            values.put(input, value);
        }
        CostStats.Inputs server = fromServer.inputs();
        CostStats.Inputs edited = new CostStats.Inputs(server.model(), values.get(Input.EFFORT_COEFFICIENT),
                values.get(Input.EFFORT_EXPONENT), values.get(Input.SCHEDULE_COEFFICIENT),
                values.get(Input.SCHEDULE_EXPONENT), values.get(Input.ANNUAL_SALARY), values.get(Input.OVERHEAD),
                server.currency(), values.get(Input.LOW_FACTOR), values.get(Input.HIGH_FACTOR));
        error.set("");
        show(CostCalculator.estimate(fromServer.sourceLinesOfCode(), edited));
    }

    /** Shows an estimate with its headline and detail, or the waiting headline for {@code null}. */
    private void show(CostStats costStats) {
        estimate.set(costStats);
        headline.set(costStats == null ? WAITING_HEADLINE : range(costStats));
        detail.set(costStats == null ? "" : detail(costStats));
    }

    private static String range(CostStats costStats) {
        String currency = costStats.inputs().currency();
        return Formats.money(costStats.low().cost(), currency) + " to "
                + Formats.money(costStats.high().cost(), currency) + ", expected "
                + Formats.money(costStats.expected().cost(), currency);
    }

    /** Returns the detail line, with the figures shortened as on the overview's cost card. */
    private static String detail(CostStats costStats) {
        CostStats.Figures expected = costStats.expected();
        return costStats.inputs().model() + " on " + Formats.count(costStats.sourceLinesOfCode())
                + " lines of first-party code: " + Formats.compact(expected.effortPersonMonths()) + " person-months, "
                + Formats.effort(expected.people(), expected.scheduleMonths()) + ". Salary in "
                + costStats.inputs().currency() + " per year.";
    }

    private void set(Input input, double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        inputs.get(input).set(format.format(value));
    }

    /** Returns the input without surrounding blanks, cut after {@link #MAX_QUOTED_LENGTH} characters. */
    private static String shortened(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= MAX_QUOTED_LENGTH) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "…";
    }

    /**
     * Parses a number in the default locale, or returns {@code null} unless the whole text is one. Rejects grouping
     * separators, because a parser that skips them reads {@code 1,5} as 15 in English and {@code 2.4} as 24 in German.
     */
    private static Double parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setGroupingUsed(false);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(trimmed, position);
        return number == null || position.getIndex() != trimmed.length() ? null : number.doubleValue();
    }

    /** The text of an input as the user edits it. */
    public StringProperty inputProperty(Input input) {
        return inputs.get(input);
    }

    /** The estimate for the current inputs, or {@code null} before a report is shown and while an input is invalid. */
    public ReadOnlyObjectProperty<CostStats> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public CostStats getEstimate() {
        return estimate.get();
    }

    /** Which input is wrong, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** Returns the range of the estimate, or why there is none. It is empty before a report is shown. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public String getHeadline() {
        return headline.get();
    }

    /** Returns the model, line count and expected effort behind the estimate, or empty while there is none. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String getDetail() {
        return detail.get();
    }
}
