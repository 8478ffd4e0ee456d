package dev.codevault.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Restoring the window's place against the screens present. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 2560, 1440);

    @Test
    void keepsPlaceOnScreenPresent() {
        WindowPlacement placement = new WindowPlacement(1600, 100, 1800, 1000, false);

        assertThat(placement.fitTo(List.of(LAPTOP, MONITOR))).hasValue(placement);
    }

    @Test
    void dropsPlaceOfMissingScreen() {
        WindowPlacement onMonitor = new WindowPlacement(1600, 100, 1200, 800, false);

        assertThat(onMonitor.fitTo(List.of(LAPTOP))).isEmpty();
    }

    @Test
    void dropsPlaceWithTitleBarAboveScreens() {
        WindowPlacement above = new WindowPlacement(100, -500, 800, 600, false);

        assertThat(above.fitTo(List.of(LAPTOP))).isEmpty();
    }

    @Test
    void shrinksWindowLargerThanScreens() {
        WindowPlacement large = new WindowPlacement(0, 0, 3000, 2000, true);

        assertThat(large.fitTo(List.of(LAPTOP))).hasValue(new WindowPlacement(0, 0, 1440, 900, true));
    }

    @Test
    void readsWhatItWrites() {
        WindowPlacement placement = new WindowPlacement(12, 34, 1280, 800, true);

        assertThat(WindowPlacement.parse(placement.format())).hasValue(placement);
    }

    @Test
    void ignoresDamagedText() {
        assertThat(WindowPlacement.parse("12,34,wide")).isEmpty();
        assertThat(WindowPlacement.parse("1,2,0,0,false")).isEmpty();
        assertThat(WindowPlacement.parse(null)).isEmpty();
    }
}
