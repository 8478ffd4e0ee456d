package dev.codevault.backend.archive;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/**
 * Limits an uploaded archive must keep, set under {@code codevault.archive}.
 *
 * @param maxArchiveBytes  the largest archive accepted, as uploaded
 * @param maxEntries       the most entries (files and folders) an archive may hold
 * @param maxTotalBytes    the most bytes all files may expand to together
 * @param maxFileBytes     the most bytes one file may expand to
 * @param maxExpansionRatio the most that the expanded size may be, as a multiple of the archive's size
 */
@ConfigurationProperties("codevault.archive")
public record ArchiveLimits(
        @Bindable(defaultValue = "2147483648") @Positive long maxArchiveBytes,
        @Bindable(defaultValue = "200000") @Positive int maxEntries,
        @Bindable(defaultValue = "21474836480") @Positive long maxTotalBytes,
        @Bindable(defaultValue = "2147483648") @Positive long maxFileBytes,
        @Bindable(defaultValue = "200") @Positive int maxExpansionRatio) {
}
