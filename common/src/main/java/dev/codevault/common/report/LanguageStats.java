package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One language of a version, counted files only.
 *
 * @param name       the language's display name
 * @param type       {@code PROGRAMMING}, {@code MARKUP}, {@code DATA} or {@code PROSE}
 * @param files      files
 * @param bytes      bytes
 * @param lines      lines by kind
 * @param complexity the sum of the files' cyclomatic complexity
 * @param functions  functions found
 */
@Serdeable
public record LanguageStats(String name, String type, long files, long bytes, LineStats lines, long complexity,
                            long functions) {
}
