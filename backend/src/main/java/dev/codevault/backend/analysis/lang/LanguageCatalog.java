package dev.codevault.backend.analysis.lang;

import dev.codevault.backend.analysis.complexity.ComplexityAnalyzer;
import dev.codevault.backend.analysis.complexity.ComplexityRules;
import dev.codevault.backend.analysis.count.CompiledSyntax;
import dev.codevault.backend.analysis.count.SyntaxRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checked, indexed form of {@link LanguageDefinitions}: every language compiled and reachable by name, alias,
 * extension, file name and interpreter. Construction fails with {@link IllegalStateException} naming the first
 * broken entry, so a bad definitions file never yields a half-working engine. Immutable.
 */
final class LanguageCatalog {

    private final List<LanguageEntry> entries;
    private final Map<String, LanguageEntry> byName = new HashMap<>();
    private final Map<String, List<LanguageEntry>> byExtension = new HashMap<>();
    private final Map<String, LanguageEntry> byFileName = new HashMap<>();
    private final Map<String, LanguageEntry> byFileNameIgnoringCase = new HashMap<>();
    private final Map<String, LanguageEntry> byInterpreter = new HashMap<>();
    private final Map<String, CompiledContentRule> contentRules = new HashMap<>();
    private final int longestExtensionDots;

    private LanguageCatalog(List<LanguageEntry> entries) {
        this.entries = List.copyOf(entries);
        int dots = 0;
        for (LanguageEntry entry : entries) {
            for (String extension : entry.definition().extensions()) {
                dots = Math.max(dots, (int) extension.chars().filter(c -> c == '.').count());
            }
        }
        this.longestExtensionDots = dots;
    }

    /** Checks and indexes the definitions; throws {@link IllegalStateException} naming the first broken entry. */
    static LanguageCatalog of(LanguageDefinitions definitions) {
        Map<String, CompiledSyntax> syntaxes = compileSyntaxes(definitions.syntaxes());
        List<LanguageEntry> entries = new ArrayList<>();
        for (LanguageDefinition definition : definitions.languages()) {
            entries.add(entry(definition, syntaxes, definitions.complexity()));
        }
        LanguageCatalog catalog = new LanguageCatalog(entries);
        catalog.indexNames();
        catalog.indexFiles();
        catalog.indexContentRules(definitions.contentRules());
        return catalog;
    }

    List<LanguageEntry> entries() {
        return entries;
    }

    Optional<LanguageEntry> byName(String nameOrAlias) {
        return Optional.ofNullable(byName.get(nameOrAlias.trim().toLowerCase(Locale.ROOT)));
    }

    Optional<LanguageEntry> byFileName(String fileName) {
        LanguageEntry exact = byFileName.get(fileName);
        return Optional.ofNullable(exact != null ? exact : byFileNameIgnoringCase.get(lower(fileName)));
    }

    Optional<LanguageEntry> byInterpreter(String interpreter) {
        return Optional.ofNullable(byInterpreter.get(lower(interpreter)));
    }

    List<LanguageEntry> byExtension(String extension) {
        return byExtension.getOrDefault(extension, List.of());
    }

    Optional<CompiledContentRule> contentRule(String extension) {
        return Optional.ofNullable(contentRules.get(extension));
    }

    /** Returns how many dots the longest compound extension has, such as 1 for {@code d.ts}. */
    int longestExtensionDots() {
        return longestExtensionDots;
    }

    private static Map<String, CompiledSyntax> compileSyntaxes(Map<String, SyntaxRules> syntaxes) {
        Map<String, CompiledSyntax> compiled = new HashMap<>();
        syntaxes.forEach((name, rules) -> {
            try {
                compiled.put(name, CompiledSyntax.compile(rules));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid syntax '" + name + "': " + e.getMessage(), e);
            }
        });
        return compiled;
    }

    private static LanguageEntry entry(LanguageDefinition definition, Map<String, CompiledSyntax> syntaxes,
                                       Map<String, ComplexityRules> complexity) {
        String name = definition.name();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("A language has no name; give every entry a non-blank name");
        }
        if (definition.type() == null) {
            throw new IllegalStateException("Language '" + name + "' has no type; give programming, markup, data "
                    + "or prose");
        }
        CompiledSyntax syntax = syntaxes.get(definition.syntax());
        if (syntax == null) {
            throw new IllegalStateException("Language '" + name + "' names unknown syntax '" + definition.syntax()
                    + "'; add it to the syntaxes section or fix the name");
        }
        ComplexityRules rules = null;
        if (definition.complexity() != null) {
            rules = complexity.get(definition.complexity());
            if (rules == null) {
                throw new IllegalStateException("Language '" + name + "' names unknown complexity rules '"
                        + definition.complexity() + "'; add them to the complexity section or fix the name");
            }
        }
        return new LanguageEntry(new Language(name, definition.type()), definition, syntax,
                rules == null ? null : ComplexityAnalyzer.of(rules));
    }

    private void indexNames() {
        for (LanguageEntry entry : entries) {
            putUnique(byName, lower(entry.language().name()), entry, "name or alias");
            for (String alias : entry.definition().aliases()) {
                if (!lower(alias).equals(lower(entry.language().name()))) {
                    putUnique(byName, lower(alias), entry, "name or alias");
                }
            }
        }
    }

    private void indexFiles() {
        for (LanguageEntry entry : entries) {
            LanguageDefinition definition = entry.definition();
            for (String extension : definition.extensions()) {
                checkExtension(definition.name(), extension);
                List<LanguageEntry> claimants = byExtension.computeIfAbsent(extension, key -> new ArrayList<>());
                if (claimants.contains(entry)) {
                    throw new IllegalStateException("Language '" + definition.name() + "' lists extension '"
                            + extension + "' twice; remove the duplicate");
                }
                claimants.add(entry);
            }
            for (String fileName : definition.fileNames()) {
                putUnique(byFileName, fileName, entry, "file name");
                byFileNameIgnoringCase.putIfAbsent(lower(fileName), entry);
            }
            for (String interpreter : definition.interpreters()) {
                putUnique(byInterpreter, lower(interpreter), entry, "interpreter");
            }
        }
    }

    private void indexContentRules(List<ContentRule> rules) {
        for (ContentRule rule : rules) {
            List<LanguageEntry> claimants = byExtension(rule.extension());
            if (claimants.size() < 2) {
                throw new IllegalStateException("Content rule for extension '" + rule.extension() + "' is not needed:"
                        + " fewer than two languages claim it; remove the rule or fix the extension");
            }
            if (contentRules.containsKey(rule.extension())) {
                throw new IllegalStateException("Two content rules for extension '" + rule.extension()
                        + "'; merge them into one");
            }
            contentRules.put(rule.extension(), compile(rule, claimants));
        }
        for (Map.Entry<String, List<LanguageEntry>> claim : byExtension.entrySet()) {
            if (claim.getValue().size() > 1 && !contentRules.containsKey(claim.getKey())) {
                throw new IllegalStateException("Extension '" + claim.getKey() + "' is claimed by "
                        + names(claim.getValue()) + " without a content rule; add one or drop a claim");
            }
        }
    }

    private CompiledContentRule compile(ContentRule rule, List<LanguageEntry> claimants) {
        Map<String, LanguageEntry> candidates = new LinkedHashMap<>();
        claimants.forEach(entry -> candidates.put(entry.language().name(), entry));
        List<CompiledContentRule.Test> tests = new ArrayList<>();
        Set<String> reachable = new TreeSet<>();
        for (ContentRule.ContentPattern pattern : rule.patterns()) {
            LanguageEntry target = candidate(rule, candidates, pattern.language());
            try {
                tests.add(new CompiledContentRule.Test(target, Pattern.compile(pattern.pattern(), Pattern.MULTILINE)));
            } catch (PatternSyntaxException | NullPointerException e) {
                throw new IllegalStateException("Invalid pattern for '" + pattern.language() + "' in the content rule"
                        + " of extension '" + rule.extension() + "': " + e.getMessage(), e);
            }
            reachable.add(target.language().name());
        }
        LanguageEntry fallback = candidate(rule, candidates, rule.fallback());
        reachable.add(fallback.language().name());
        if (!reachable.equals(new TreeSet<>(candidates.keySet()))) {
            throw new IllegalStateException("Content rule for extension '" + rule.extension() + "' never picks "
                    + names(claimants) + " all; name each claiming language in a pattern or as the fallback");
        }
        return new CompiledContentRule(tests, fallback);
    }

    private static LanguageEntry candidate(ContentRule rule, Map<String, LanguageEntry> candidates, String name) {
        LanguageEntry entry = candidates.get(name);
        if (entry == null) {
            throw new IllegalStateException("Content rule for extension '" + rule.extension() + "' names '" + name
                    + "', which does not claim that extension; claim it or fix the name");
        }
        return entry;
    }

    private static void checkExtension(String language, String extension) {
        if (extension.isEmpty() || extension.startsWith(".") || !extension.equals(lower(extension))) {
            throw new IllegalStateException("Language '" + language + "' has invalid extension '" + extension
                    + "'; write it in lower case without the leading dot");
        }
    }

    private static <K> void putUnique(Map<K, LanguageEntry> map, K key, LanguageEntry entry, String what) {
        LanguageEntry previous = map.putIfAbsent(key, entry);
        if (previous != null && previous != entry) {
            throw new IllegalStateException("The " + what + " '" + key + "' belongs to both '"
                    + previous.language().name() + "' and '" + entry.language().name() + "'; keep it in one");
        }
    }

    private static String names(List<LanguageEntry> entries) {
        return entries.stream().map(entry -> entry.language().name()).toList().toString();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
