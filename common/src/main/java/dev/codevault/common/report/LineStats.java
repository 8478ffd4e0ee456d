package dev.codevault.common.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Lines by kind; {@code code + comment + blank == lines}.
 *
 * @param lines   every line
 * @param code    lines with code
 * @param comment lines with comment text only
 * @param blank   lines with whitespace only
 */
@Serdeable
public record LineStats(long lines, long code, long comment, long blank) {
}
