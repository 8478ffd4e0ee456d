package dev.codevault.backend.startup;

import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The type and range one setting must have, checked on its raw text before any bean reads it. Micronaut binds a
 * value that it cannot convert as if the setting were missing, so a record with {@code @Bindable(defaultValue)}
 * would quietly run with its default instead.
 *
 * @param property the property name, for example {@code codevault.jobs.threads}
 * @param kind     how the text is read
 * @param minimum  the smallest whole number allowed, for the number kinds
 * @param maximum  the largest whole number allowed, for the number kinds
 * @param allowed  the values allowed, for {@link Kind#CHOICE}
 */
record SettingRule(String property, Kind kind, long minimum, long maximum, String... allowed) {

    private static final int MAX_QUOTED_LENGTH = 60;

    /** The parser that reads the text of a setting. */
    enum Kind {
        WHOLE_NUMBER,
        BYTES,
        DURATION,
        BOOLEAN,
        CHOICE
    }

    static SettingRule wholeNumber(String property, long minimum, long maximum) {
        return new SettingRule(property, Kind.WHOLE_NUMBER, minimum, maximum);
    }

    static SettingRule bytes(String property) {
        return new SettingRule(property, Kind.BYTES, 1, Long.MAX_VALUE);
    }

    static SettingRule duration(String property) {
        return new SettingRule(property, Kind.DURATION, 0, 0);
    }

    static SettingRule bool(String property) {
        return new SettingRule(property, Kind.BOOLEAN, 0, 0);
    }

    static SettingRule choice(String property, String... allowed) {
        return new SettingRule(property, Kind.CHOICE, 0, 0, allowed);
    }

    /** Returns the environment variable that sets the property. */
    String environmentVariable() {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Checks the setting's raw value.
     *
     * @return a message that names the setting, quotes the value and lists what is allowed, or empty when the
     *         setting is unset or valid
     */
    Optional<String> check(PropertyResolver settings) {
        Optional<String> raw = settings.get(property, String.class);
        if (raw.isEmpty() || isValid(raw.get().strip(), settings)) {
            return Optional.empty();
        }
        return Optional.of(environmentVariable() + " (" + property + ") is '" + shorten(raw.get())
                + "', but it must be " + allowedValues() + ".");
    }

    private boolean isValid(String value, PropertyResolver settings) {
        return switch (kind) {
            case WHOLE_NUMBER, BYTES -> isWholeNumberInRange(value);
            case DURATION -> isPositiveDuration(settings);
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case CHOICE -> isOneOfAllowed(value);
        };
    }

    private boolean isWholeNumberInRange(String value) {
        try {
            long number = Long.parseLong(value);
            return number >= minimum && number <= maximum;
        } catch (NumberFormatException e) {
            // The text is not a whole number or lies outside the range of a long, so it is not allowed.
            return false;
        }
    }

    /** Uses Micronaut's own conversion, so every form it reads (30s, 10m, 2h, 30d, PT30S) stays accepted. */
    private boolean isPositiveDuration(PropertyResolver settings) {
        return settings.get(property, Duration.class)
                .map(duration -> !duration.isNegative() && !duration.isZero())
                .orElse(false);
    }

    private boolean isOneOfAllowed(String value) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private String allowedValues() {
        return switch (kind) {
            case WHOLE_NUMBER -> maximum == Integer.MAX_VALUE || maximum == Long.MAX_VALUE
                    ? "a whole number of " + minimum + " or more"
                    : "a whole number from " + minimum + " to " + maximum;
            case BYTES -> "a size in bytes, a whole number of 1 or more such as 2147483648";
            case DURATION -> "a duration longer than zero, such as 30s, 10m, 2h or 30d";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", allowed);
        };
    }

    private static String shorten(String value) {
        return value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
