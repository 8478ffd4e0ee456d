package dev.codevault.backend.analysis.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The expected figures were computed apart from this code, from the basic COCOMO formulas. */
class CocomoEstimatorTest {

    private static final double TOLERANCE = 0.001;

    @Nested
    class OrganicDefaults {

        private final CostEstimate estimate = CocomoEstimator.estimate(10_000, CostInputs.basicCocomoOrganic());

        @Test
        void expectedEffortFollowsFormula() {
            // 2.4 * 10^1.05 = 26.92844...
            assertThat(estimate.expected().effortPersonMonths()).isCloseTo(26.92844, within(TOLERANCE));
        }

        @Test
        void expectedScheduleFollowsFormula() {
            // 2.5 * 26.92844^0.38 = 8.73817...
            assertThat(estimate.expected().scheduleMonths()).isCloseTo(8.73817, within(TOLERANCE));
        }

        @Test
        void expectedPeopleIsEffortOverSchedule() {
            assertThat(estimate.expected().people()).isCloseTo(3.08170, within(TOLERANCE));
        }

        @Test
        void expectedCostFollowsFormula() {
            // 26.92844 * 56286 / 12 * 2.4 = 303,138.9
            assertThat(estimate.expected().cost()).isCloseTo(303_138.9, within(1.0));
        }

        @Test
        void lowEndHalvesTheEffort() {
            assertThat(estimate.low().effortPersonMonths()).isCloseTo(13.46422, within(TOLERANCE));
        }

        @Test
        void highEndDoublesTheEffortAndScheduleFollows() {
            // 2.5 * 53.85689^0.38 = 11.37134...
            assertThat(estimate.high().scheduleMonths()).isCloseTo(11.37134, within(TOLERANCE));
        }

        @Test
        void inputsAreCarriedIntoTheEstimate() {
            assertThat(estimate.inputs()).isEqualTo(CostInputs.basicCocomoOrganic());
            assertThat(estimate.sourceLinesOfCode()).isEqualTo(10_000);
        }
    }

    @Nested
    class AdjustedInputs {

        @Test
        void salaryAndOverheadScaleTheCostOnly() {
            CostInputs inputs = CostInputs.basicCocomoOrganic().withSalary(120_000, "EUR").withOverheadMultiplier(1.5);

            CostEstimate estimate = CocomoEstimator.estimate(10_000, inputs);

            // 26.92844 * 120000 / 12 * 1.5 = 403,926.6
            assertThat(estimate.expected().cost()).isCloseTo(403_926.6, within(1.0));
            assertThat(estimate.inputs().currency()).isEqualTo("EUR");
        }

        @Test
        void semiDetachedConstantsGiveMoreEffort() {
            CostInputs inputs = CostInputs.basicCocomoOrganic().withModel("semi-detached", 3.0, 1.12, 2.5, 0.35);

            CostEstimate estimate = CocomoEstimator.estimate(10_000, inputs);

            // 3.0 * 10^1.12 = 39.54770...
            assertThat(estimate.expected().effortPersonMonths()).isCloseTo(39.54770, within(TOLERANCE));
        }

        @Test
        void noCodeGivesZeroFigures() {
            CostEstimate estimate = CocomoEstimator.estimate(0, CostInputs.basicCocomoOrganic());

            assertThat(estimate.expected()).isEqualTo(CostFigures.ZERO);
        }

        @Test
        void rejectsNegativeSalary() {
            assertThatThrownBy(() -> CostInputs.basicCocomoOrganic().withSalary(-1, "USD"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("annual salary -1.0");
        }

        @Test
        void rejectsRangeNotBracketingOne() {
            assertThatThrownBy(() -> CostInputs.basicCocomoOrganic().withRange(1.2, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("low factor 1.2");
        }
    }
}
