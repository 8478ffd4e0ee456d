package dev.codevault.backend.analysis;

import dev.codevault.backend.analysis.classify.FileSignals;
import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LineCounts;
import java.util.List;
import java.util.Optional;

/**
 * What a worker found in one file, before the gitattributes of the whole tree are known.
 *
 * @param path             the path inside the tree
 * @param bytes            the size
 * @param md5              the MD5 digest of the content in lower-case hex, to tell identical files apart
 * @param signals          the built-in rules' findings
 * @param language         the language, when one fits
 * @param languageOverride the {@code linguist-language} value the worker applied, or an empty string
 * @param measure          lines and complexity; {@link #NOT_MEASURED} when there is no language
 */
record FileRecord(String path, long bytes, String md5, FileSignals signals, Optional<Language> language,
                  String languageOverride, FileMeasure measure) {

    static final FileMeasure NOT_MEASURED = new FileMeasure(LineCounts.ZERO, 0, false, List.of());
}
