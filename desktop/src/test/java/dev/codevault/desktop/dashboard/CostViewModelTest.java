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
        void clearsEstimateAndHeadline() {
            cost.inputProperty(Input.ANNUAL_SALARY).set("5000000");

            cost.inputProperty(Input.ANNUAL_SALARY).set("5000000x");

            assertThat(cost.getEstimate()).isNull();
            assertThat(cost.getHeadline()).isEqualTo("The estimate waits for valid inputs.");
            assertThat(cost.getDetail()).isEmpty();
        }

        @Test
        void showsRangeAgainWhenFixed() {
            cost.inputProperty(Input.ANNUAL_SALARY).set("5000000x");

            cost.inputProperty(Input.ANNUAL_SALARY).set("5000000");

            assertThat(cost.getError()).isEmpty();
            assertThat(cost.getEstimate().inputs().annualSalary()).isEqualTo(5_000_000);
            assertThat(cost.getHeadline()).startsWith("$");
        }

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

    @Nested
    class Detail {

        @Test
        void namesModelLinesAndEffort() {
            assertThat(cost.getDetail()).isEqualTo("Basic COCOMO, organic on 1,000 lines of first-party code: "
                    + "2.4 person-months, one person for 2.4 months. Salary in USD per year.");
        }

        @Test
        void shortensScheduleOfLargestInputs() {
            cost.load(CostCalculator.estimate(20_000, TestData.costInputs()));

            setLargestInputs();

            assertThat(cost.getDetail()).isEqualTo("Basic COCOMO, organic on 20,000 lines of first-party code: "
                    + "102.4T person-months, one person for 102.4T months. Salary in USD per year.");
        }

        @Test
        void describesScheduleBelowOneDay() {
            cost.inputProperty(Input.SCHEDULE_COEFFICIENT).set("0.0001");
            cost.inputProperty(Input.SCHEDULE_EXPONENT).set("0.0001");

            assertThat(cost.getDetail()).isEqualTo("Basic COCOMO, organic on 1,000 lines of first-party code: "
                    + "2.4 person-months, 23,997.9 people for less than a day. Salary in USD per year.");
        }

        private void setLargestInputs() {
            cost.inputProperty(Input.ANNUAL_SALARY).set("1000000000");
            cost.inputProperty(Input.OVERHEAD).set("100");
            cost.inputProperty(Input.HIGH_FACTOR).set("100");
            cost.inputProperty(Input.EFFORT_COEFFICIENT).set("10");
            cost.inputProperty(Input.EFFORT_EXPONENT).set("10");
            cost.inputProperty(Input.SCHEDULE_COEFFICIENT).set("10");
            cost.inputProperty(Input.SCHEDULE_EXPONENT).set("10");
        }
    }

    @Nested
    class EnglishNumbers {

        @Test
        void acceptsDecimalPoint() {
            cost.inputProperty(Input.OVERHEAD).set("1.5");

            assertThat(cost.getError()).isEmpty();
            assertThat(cost.getEstimate().inputs().overheadMultiplier()).isEqualTo(1.5);
        }

        @Test
        void rejectsCommaInDecimal() {
            cost.inputProperty(Input.OVERHEAD).set("1,5");

            assertThat(cost.getError()).isEqualTo("Enter a number above 0 and at most 100 for the overhead "
                    + "multiplier (now '1,5').");
        }

        @Test
        void rejectsGroupedThousands() {
            cost.inputProperty(Input.ANNUAL_SALARY).set("120,000");

            assertThat(cost.getError()).isEqualTo("Enter a number above 0 and at most 1000000000 for the annual "
                    + "salary (now '120,000').");
        }
    }

    @Nested
    class GermanNumbers {

        @BeforeEach
        void loadInGerman() {
            Locale.setDefault(Locale.GERMANY);
            cost.load(CostCalculator.estimate(1000, TestData.costInputs()));
        }

        @Test
        void acceptsDecimalComma() {
            cost.inputProperty(Input.OVERHEAD).set("2,4");

            assertThat(cost.getError()).isEmpty();
            assertThat(cost.getEstimate().inputs().overheadMultiplier()).isEqualTo(2.4);
        }

        @Test
        void rejectsPointInDecimal() {
            cost.inputProperty(Input.OVERHEAD).set("2.4");

            assertThat(cost.getError()).isEqualTo("Enter a number above 0 and at most 100 for the overhead "
                    + "multiplier (now '2.4').");
        }
    }
}
