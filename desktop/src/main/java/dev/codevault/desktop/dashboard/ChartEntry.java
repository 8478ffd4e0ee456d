package dev.codevault.desktop.dashboard;

/**
 * One bar or slice of a chart.
 *
 * @param label the category, for example a language
 * @param value its size
 */
public record ChartEntry(String label, double value) {
}
