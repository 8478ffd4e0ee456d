package dev.codevault.backend.analysis.lang;

import dev.codevault.backend.analysis.complexity.ComplexityRules;
import dev.codevault.backend.analysis.complexity.FunctionStyle;
import dev.codevault.backend.analysis.count.BlockCommentRule;
import dev.codevault.backend.analysis.count.HeredocStyle;
import dev.codevault.backend.analysis.count.StringKind;
import dev.codevault.backend.analysis.count.StringRule;
import dev.codevault.backend.analysis.count.SyntaxRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the language definitions resource, a JSON document, into the definition records. Unknown fields are rejected
 * so that typos fail loudly, enum values match in any case, and a missing field reads as {@code null}, or
 * {@code false} for a flag.
 */
final class DefinitionsReader {

    /** The class-path location of the definitions that ship with CodeVault. */
    static final String RESOURCE = "/dev/codevault/backend/analysis/lang/languages.json";

    private DefinitionsReader() {
    }

    /**
     * Reads and closes the stream.
     *
     * @throws UncheckedIOException when the stream cannot be read, is not valid JSON, or does not have the shape of
     *                              the definitions. The message names the problem and where it is.
     */
    static LanguageDefinitions read(InputStream input) {
        try (input) {
            Object document = JsonText.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8));
            return definitions(new Members(document, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the language definitions: " + e.getMessage(), e);
        } catch (JsonText.JsonSyntaxException | InvalidDefinitionException e) {
            throw new UncheckedIOException("Failed to read the language definitions: " + e.getMessage(),
                    new IOException(e.getMessage(), e));
        }
    }

    static LanguageDefinitions readBundled() {
        InputStream input = DefinitionsReader.class.getResourceAsStream(RESOURCE);
        if (input == null) {
            throw new IllegalStateException("Language definitions not found on the class path at " + RESOURCE
                    + "; check that the backend resources are packaged");
        }
        return read(input);
    }

    private static LanguageDefinitions definitions(Members document) {
        document.allow("syntaxes", "complexity", "languages", "contentRules");
        return new LanguageDefinitions(
                document.map("syntaxes", DefinitionsReader::syntax),
                document.map("complexity", DefinitionsReader::complexity),
                document.list("languages", DefinitionsReader::language),
                document.list("contentRules", DefinitionsReader::contentRule));
    }

    private static SyntaxRules syntax(Object value, String where) {
        Members syntax = new Members(value, where);
        syntax.allow("lineComments", "wordComments", "lineStartComments", "columnOneComments", "blockComments",
                "strings", "codeTokens", "heredoc", "docstrings");
        return new SyntaxRules(syntax.strings("lineComments"), syntax.strings("wordComments"),
                syntax.strings("lineStartComments"), syntax.strings("columnOneComments"),
                syntax.list("blockComments", DefinitionsReader::blockComment),
                syntax.list("strings", DefinitionsReader::stringRule), syntax.strings("codeTokens"),
                syntax.choice("heredoc", HeredocStyle.class), syntax.flag("docstrings"));
    }

    private static BlockCommentRule blockComment(Object value, String where) {
        Members rule = new Members(value, where);
        rule.allow("open", "close", "nests", "lineStart");
        return new BlockCommentRule(rule.string("open"), rule.string("close"), rule.flag("nests"),
                rule.flag("lineStart"));
    }

    private static StringRule stringRule(Object value, String where) {
        Members rule = new Members(value, where);
        rule.allow("kind", "open", "close", "escape", "doubled", "multiline", "interpolation", "prefixes",
                "notAfterOperand");
        return new StringRule(rule.choice("kind", StringKind.class), rule.string("open"), rule.string("close"),
                rule.string("escape"), rule.flag("doubled"), rule.flag("multiline"), rule.string("interpolation"),
                rule.strings("prefixes"), rule.flag("notAfterOperand"));
    }

    private static ComplexityRules complexity(Object value, String where) {
        Members rules = new Members(value, where);
        rules.allow("functions", "functionKeywords", "cStyleHeaders", "classKeywords", "controlKeywords",
                "decisionKeywords", "decisionOperators", "ternary", "matchKeywords", "matchArrow");
        return new ComplexityRules(rules.choice("functions", FunctionStyle.class), rules.strings("functionKeywords"),
                rules.flag("cStyleHeaders"), rules.strings("classKeywords"), rules.strings("controlKeywords"),
                rules.strings("decisionKeywords"), rules.strings("decisionOperators"), rules.flag("ternary"),
                rules.strings("matchKeywords"), rules.string("matchArrow"));
    }

    private static LanguageDefinition language(Object value, String where) {
        Members language = new Members(value, where);
        language.allow("name", "type", "aliases", "extensions", "fileNames", "interpreters", "syntax", "complexity");
        return new LanguageDefinition(language.string("name"), language.choice("type", LanguageType.class),
                language.strings("aliases"), language.strings("extensions"), language.strings("fileNames"),
                language.strings("interpreters"), language.string("syntax"), language.string("complexity"));
    }

    private static ContentRule contentRule(Object value, String where) {
        Members rule = new Members(value, where);
        rule.allow("extension", "patterns", "fallback");
        return new ContentRule(rule.string("extension"), rule.list("patterns", DefinitionsReader::contentPattern),
                rule.string("fallback"));
    }

    private static ContentRule.ContentPattern contentPattern(Object value, String where) {
        Members pattern = new Members(value, where);
        pattern.allow("language", "pattern");
        return new ContentRule.ContentPattern(pattern.string("language"), pattern.string("pattern"));
    }

    /**
     * The members of one JSON object, read by name with their type checked. {@code where} is the object's path from
     * the document, such as {@code syntaxes.c.strings[0]}, and empty for the document itself.
     */
    private static final class Members {

        private final Map<?, ?> members;
        private final String where;

        Members(Object value, String where) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidDefinitionException(describe(where) + " must be a JSON object");
            }
            this.members = map;
            this.where = where;
        }

        /** Rejects a member whose name is not one of {@code names}. */
        void allow(String... names) {
            Set<String> allowed = Set.of(names);
            for (Object name : members.keySet()) {
                if (!allowed.contains(name)) {
                    throw new InvalidDefinitionException("unknown field '" + name + "' in " + describe(where)
                            + "; the fields allowed there are " + List.of(names));
                }
            }
        }

        String string(String name) {
            return typed(name, String.class, "a string");
        }

        boolean flag(String name) {
            Boolean flag = typed(name, Boolean.class, "true or false");
            return flag != null && flag;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String text = string(name);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> choices = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    choices.add(constant.name().toLowerCase(Locale.ROOT));
                }
                throw new InvalidDefinitionException("invalid " + name + " '" + text + "' in " + describe(where)
                        + "; use one of " + choices);
            }
        }

        List<String> strings(String name) {
            return list(name, (element, at) -> {
                if (!(element instanceof String text)) {
                    throw new InvalidDefinitionException(at + " must be a string");
                }
                return text;
            });
        }

        <T> List<T> list(String name, BiFunction<Object, String, T> reader) {
            List<?> elements = typed(name, List.class, "a JSON array");
            if (elements == null) {
                return null;
            }
            List<T> result = new ArrayList<>(elements.size());
            for (int index = 0; index < elements.size(); index++) {
                result.add(reader.apply(elements.get(index), path(name) + "[" + index + "]"));
            }
            return result;
        }

        <T> Map<String, T> map(String name, BiFunction<Object, String, T> reader) {
            Map<?, ?> entries = typed(name, Map.class, "a JSON object");
            if (entries == null) {
                return null;
            }
            Map<String, T> result = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                result.put((String) entry.getKey(), reader.apply(entry.getValue(), path(name) + "." + entry.getKey()));
            }
            return result;
        }

        private String path(String name) {
            return where.isEmpty() ? name : where + "." + name;
        }

        private static String describe(String where) {
            return where.isEmpty() ? "the document" : where;
        }

        private <T> T typed(String name, Class<T> type, String expected) {
            Object value = members.get(name);
            if (value == null) {
                return null;
            }
            if (!type.isInstance(value)) {
                throw new InvalidDefinitionException("field '" + name + "' in " + describe(where) + " must be " + expected
                        + ", not " + value);
            }
            return type.cast(value);
        }
    }

    /** Definitions that are valid JSON but not of the expected shape. */
    private static final class InvalidDefinitionException extends RuntimeException {

        InvalidDefinitionException(String message) {
            super(message);
        }
    }
}
