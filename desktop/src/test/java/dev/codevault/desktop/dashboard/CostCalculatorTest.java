package dev.codevault.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.codevault.common.report.CostStats;
import dev.codevault.desktop.testing.TestData;
import org.junit.jupiter.api.Test;

/** The cost formulas, worked by hand for 10,000 lines with the default inputs. */
class CostCalculatorTest {

    @Test
    void followsBasicCocomo() {
        CostStats.Inputs inputs = TestData.costInputs();

        CostStats estimate = CostCalculator.estimate(10_000, inputs);

        double effort = 2.4 * Math.pow(10, 1.05);
        double schedule = 2.5 * Math.pow(effort, 0.38);
        assertThat(estimate.expected().effortPersonMonths()).isCloseTo(effort, within(1e-9));
        assertThat(estimate.expected().scheduleMonths()).isCloseTo(schedule, within(1e-9));
        assertThat(estimate.expected().people()).isCloseTo(effort / schedule, within(1e-9));
        assertThat(estimate.expected().cost()).isCloseTo(effort * 120_000 / 12 * 2.4, within(1e-6));
        assertThat(estimate.low().effortPersonMonths()).isCloseTo(effort * 0.5, within(1e-9));
        assertThat(estimate.high().effortPersonMonths()).isCloseTo(effort * 2.0, within(1e-9));
    }

    @Test
    void givesZeroForNoCode() {
        CostStats estimate = CostCalculator.estimate(0, TestData.costInputs());

        assertThat(estimate.high().cost()).isZero();
        assertThat(estimate.high().people()).isZero();
    }

    @Test
    void rejectsNegativeLineCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> CostCalculator.estimate(-1, TestData.costInputs()))
                .withMessageContaining("-1");
    }
}
