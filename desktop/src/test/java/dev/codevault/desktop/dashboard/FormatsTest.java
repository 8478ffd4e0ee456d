package dev.codevault.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private Locale before;

    @BeforeEach
    void useEnglishNumbers() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void shortensMoneyByThousands() {
        assertThat(Formats.money(9_999, "USD")).isEqualTo("$9,999");
        assertThat(Formats.money(350_400, "USD")).isEqualTo("$350K");
        assertThat(Formats.money(1_240_000, "USD")).isEqualTo("$1.2M");
        assertThat(Formats.money(3.46e9, "USD")).isEqualTo("$3.5B");
        assertThat(Formats.money(7.1e12, "EUR")).isEqualTo("€7.1T");
    }

    @Test
    void writesHugeMoneyAsPowerOfTen() {
        assertThat(Formats.money(1.234e15, "USD")).isEqualTo("$1.2 × 10^15");
        assertThat(Formats.money(4.56e51, "USD")).isEqualTo("$4.6 × 10^51");
        // Rounding to two digits can carry into the next power of ten.
        assertThat(Formats.money(9.96e17, "USD")).isEqualTo("$1.0 × 10^18");
    }

    @Test
    void keepsHugeEffortShort() {
        assertThat(Formats.effort(3.4e7, 2.5e16)).isEqualTo("34.0M people for 2.5 × 10^16 months");
        assertThat(Formats.effort(0, Double.POSITIVE_INFINITY)).isEqualTo("a schedule too long to compute");
        assertThat(Formats.effort(Double.NaN, 3)).isEqualTo("a schedule too long to compute");
    }

    @Test
    void namesMoneyBeyondDoubleRange() {
        assertThat(Formats.money(Double.POSITIVE_INFINITY, "USD")).isEqualTo("too large to show");
    }
}
