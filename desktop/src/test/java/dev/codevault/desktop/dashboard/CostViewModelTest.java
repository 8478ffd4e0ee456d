package dev.codevault.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.dashboard.CostViewModel.Input;
import dev.codevault.desktop.testing.TestData;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cost tab's view model with the server's default inputs on 1,000 source lines, tested without a window. */
class CostViewModelTest {

    private final CostViewModel cost = new CostViewModel();
    private Locale before;

    @BeforeEach
    void loadServerEstimate() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        cost.load(CostCalculator.estimate(1000, TestData.costInputs()));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Nested
    class InvalidInput {

        @Test
        void quotesShortPrefixOfLongInput() {
            cost.inputProperty(Input.ANNUAL_SALARY).set("x".repeat(2500));

            assertThat(cost.getError()).isEqualTo("Enter a number above 0 and at most 1000000000 for the annual "
                    + "salary (now '" + "x".repeat(30) + "…').");
        }

        @Test
        void quotesShortInputWhole() {
            cost.inputProperty(Input.ANNUAL_SALARY).set(" " + "x".repeat(30) + " ");

            assertThat(cost.getError()).endsWith("(now '" + "x".repeat(30) + "').");
        }
    }
}
