package dev.codevault.desktop.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * The main window's position, size and maximized state, saved between runs. A saved place is used again only when
 * enough of its title bar lies on one of the screens present now, so a window closed on a screen that is gone
 * does not open out of reach.
 *
 * @param x         the left edge
 * @param y         the top edge
 * @param width     the width
 * @param height    the height
 * @param maximized whether the window was maximized
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** The part of the title bar that must be visible, in pixels, to reach it with the mouse. */
    static final double VISIBLE_GRIP = 64;

    /** Returns the text saved in the settings. */
    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Reads a saved placement; empty when the text is missing or damaged. */
    public static Optional<WindowPlacement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement placement = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return placement.width() > 0 && placement.height() > 0 ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns this placement fitted to the screens: unchanged when its title bar can be reached, its size shrunk to
     * the largest screen when it is too large, and empty when it lies on no screen, so the window centres instead.
     */
    public Optional<WindowPlacement> fitTo(List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(x, y, width, Math.min(height, 32));
        boolean reachable = screens.stream().anyMatch(screen -> overlap(screen, titleBar) >= VISIBLE_GRIP);
        if (!reachable) {
            return Optional.empty();
        }
        double maxWidth = screens.stream().mapToDouble(Rectangle2D::getWidth).max().orElse(width);
        double maxHeight = screens.stream().mapToDouble(Rectangle2D::getHeight).max().orElse(height);
        return Optional.of(new WindowPlacement(x, y, Math.min(width, maxWidth), Math.min(height, maxHeight),
                maximized));
    }

    private static double overlap(Rectangle2D screen, Rectangle2D bar) {
        double left = Math.max(screen.getMinX(), bar.getMinX());
        double right = Math.min(screen.getMaxX(), bar.getMaxX());
        boolean rowsMeet = bar.getMinY() >= screen.getMinY() && bar.getMinY() < screen.getMaxY();
        return rowsMeet ? Math.max(0, right - left) : 0;
    }
}
