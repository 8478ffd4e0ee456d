package dev.codevault.desktop.dashboard;

/**
 * One line of the comparison of two versions.
 *
 * @param subject what changed, for example {@code Code lines} or {@code Java}
 * @param change  the change, for example {@code +1,204}, with {@code added} or {@code removed} for languages
 */
public record ComparisonRow(String subject, String change) {
}
