package dev.codevault.desktop.dashboard;

/**
 * One overview card of the dashboard.
 *
 * @param id        a stable name for styles and tests, for example {@code lines-of-code}
 * @param title     the heading, for example {@code Lines of code}
 * @param value     the main figure, or the words that explain why there is none
 * @param caption   a sentence below the figure
 * @param available whether the card shows a figure, which is {@code false} for analyses CodeVault does not run yet
 *                  and for a cost estimate that waits for valid inputs
 */
public record Card(String id, String title, String value, String caption, boolean available) {
}
