package dev.codevault.desktop.newvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The upload's speed and how often the screen gets new figures. */
class UploadMeterTest {

    private static final long MILLI = 1_000_000;

    @Test
    void measuresRecentSpeed() {
        UploadMeter meter = new UploadMeter();

        meter.record(0, 10_000_000, 0);
        meter.record(1_000_000, 10_000_000, 500 * MILLI);
        meter.record(2_000_000, 10_000_000, 1000 * MILLI);

        assertThat(meter.bytesPerSecond()).isCloseTo(2_000_000, within(1.0));
    }

    @Test
    void forgetsSamplesOlderThanWindow() {
        UploadMeter meter = new UploadMeter();
        meter.record(0, 100_000_000, 0);
        meter.record(1_000, 100_000_000, 5_000 * MILLI);

        meter.record(11_000, 100_000_000, 6_000 * MILLI);

        assertThat(meter.bytesPerSecond()).isCloseTo(10_000, within(1.0));
    }

    @Test
    void reportsTenTimesASecond() {
        UploadMeter meter = new UploadMeter();

        boolean first = meter.record(10, 100, 0);
        boolean soon = meter.record(20, 100, 50 * MILLI);
        boolean later = meter.record(30, 100, 120 * MILLI);
        boolean end = meter.record(100, 100, 130 * MILLI);

        assertThat(first).isTrue();
        assertThat(soon).isFalse();
        assertThat(later).isTrue();
        assertThat(end).isTrue();
    }
}
