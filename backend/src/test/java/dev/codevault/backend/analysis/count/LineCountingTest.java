package dev.codevault.backend.analysis.count;

import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import dev.codevault.backend.analysis.lang.LineCounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LineCountingTest {

    private static final String FIXTURES = "/dev/codevault/backend/analysis/count/fixtures/";

    private final LanguageEngine engine = LanguageEngines.standard();

    @Nested
    class Fixtures {

        @ParameterizedTest(name = "{0} is {1}: {2} lines, {3} code, {4} comment, {5} blank")
        @CsvSource({
            "strings.c,      C,                 13, 8, 3, 2",
            "raw.cpp,        C++,               8,  6, 1, 1",
            "nested.rs,      Rust,              9,  8, 1, 0",
            "verbatim.cs,    C#,                9,  8, 1, 0",
            "backtick.go,    Go,                9,  6, 1, 2",
            "textblock.java, Java,              12, 9, 3, 0",
            "docstrings.py,  Python,            20, 8, 6, 6",
            "heredoc.sh,     Shell,             11, 9, 2, 0",
            "heredoc.rb,     Ruby,              10, 6, 4, 0",
            "heredoc.php,    PHP,               9,  6, 3, 0",
            "heredoc.pl,     Perl,              13, 6, 4, 3",
            "template.js,    JavaScript,        6,  5, 1, 0",
            "nested.hs,      Haskell,           6,  3, 2, 1",
            "dplus.d,        D,                 4,  3, 1, 0",
            "nested.swift,   Swift,             7,  6, 1, 0",
            "long.lua,       Lua,               6,  3, 3, 0",
            "ocaml.ml,       OCaml,             5,  2, 3, 0",
            "pascal.pas,     Pascal,            7,  4, 3, 0",
            "fixed.f,        Fortran Legacy,    6,  3, 3, 0",
            "transpose.m,    MATLAB,            6,  2, 4, 0",
            "lisp.lisp,      Common Lisp,       3,  1, 2, 0",
            "query.sql,      SQL,               5,  2, 3, 0",
            "batch.bat,      Batchfile,         6,  2, 4, 0",
            "markup.html,    HTML,              5,  2, 2, 1",
            "config.yaml,    YAML,              4,  3, 1, 0",
            "matlab_vs.vb,   Visual Basic .NET, 3,  1, 2, 0"
        })
        void countsFixtureByConvention(String file, String language, long lines, long code, long comment,
                                       long blank) {
            byte[] content = fixture(file);

            Language detected = engine.detect(file, content).orElseThrow();
            LineCounts counts = engine.measure(detected, content).lines();

            assertThat(detected.name()).isEqualTo(language);
            assertThat(counts).isEqualTo(new LineCounts(lines, code, comment, blank));
        }
    }

    @Nested
    class LineEnds {

        @Test
        void emptyFileHasNoLines() {
            assertThat(count("C", "")).isEqualTo(LineCounts.ZERO);
        }

        @Test
        void unterminatedLastLineCounts() {
            assertThat(count("C", "int a;\nint b;")).isEqualTo(new LineCounts(2, 2, 0, 0));
        }

        @Test
        void crlfEndsOneLine() {
            assertThat(count("C", "int a;\r\n\r\n// c\r\n")).isEqualTo(new LineCounts(3, 1, 1, 1));
        }

        @Test
        void loneCarriageReturnEndsLine() {
            assertThat(count("C", "int a;\r// c\rint b;\r")).isEqualTo(new LineCounts(3, 2, 1, 0));
        }

        @Test
        void whitespaceOnlyLineIsBlank() {
            assertThat(count("C", " \t\f\n")).isEqualTo(new LineCounts(1, 0, 0, 1));
        }

        @Test
        void blankLineInsideBlockCommentIsBlank() {
            assertThat(count("C", "/*\n\n*/\n")).isEqualTo(new LineCounts(3, 0, 2, 1));
        }
    }

    @Nested
    class Encodings {

        @Test
        void utf8ByteOrderMarkIsIgnored() {
            byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("// c\nint a;\n"));

            assertThat(measure("C", content)).isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void utf16LittleEndianIsDecoded() {
            byte[] content = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    "// c\r\nint a;\r\n\r\n".getBytes(StandardCharsets.UTF_16LE));

            assertThat(measure("C", content)).isEqualTo(new LineCounts(3, 1, 1, 1));
        }

        @Test
        void utf16BigEndianIsDecoded() {
            byte[] content = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                    "# c\nx = 1\n".getBytes(StandardCharsets.UTF_16BE));

            assertThat(measure("Python", content)).isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void multiByteCharacterLiteralIsOneCharacter() {
            assertThat(count("Rust", "let c = 'é'; // \"\nlet d = 1;\n")).isEqualTo(new LineCounts(2, 2, 0, 0));
        }
    }

    @Nested
    class HardCases {

        @Test
        void shebangLineIsComment() {
            assertThat(count("Ruby", "#!/usr/bin/env ruby\nputs 1\n")).isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void rustInnerAttributeIsNoShebang() {
            assertThat(count("Rust", "#![allow(dead_code)]\nfn main() {}\n")).isEqualTo(new LineCounts(2, 2, 0, 0));
        }

        @Test
        void rustLifetimeIsNoCharacterLiteral() {
            assertThat(count("Rust", "fn f<'a>(x: &'a str) {}\n// c\n")).isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void kotlinTemplateNestsStrings() {
            assertThat(count("Kotlin", "val s = \"${map[\"k\"]} // no\"\n// yes\n"))
                    .isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void stringAfterDocstringIsCode() {
            assertThat(count("Python", "\"\"\"doc\"\"\"\n\"\"\"not doc\"\"\"\n")).isEqualTo(new LineCounts(2, 1, 1, 0));
        }

        @Test
        void unterminatedBlockCommentRunsToEnd() {
            assertThat(count("C", "int a;\n/* open\n\nstill")).isEqualTo(new LineCounts(4, 1, 2, 1));
        }

        @Test
        void unterminatedStringDoesNotSwallowNextLine() {
            assertThat(count("C", "char *s = \"open\n// c\n")).isEqualTo(new LineCounts(2, 1, 1, 0));
        }
    }

    private LineCounts count(String language, String text) {
        return measure(language, bytes(text));
    }

    private LineCounts measure(String language, byte[] content) {
        return engine.measure(engine.byName(language).orElseThrow(), content).lines();
    }

    static byte[] fixture(String name) {
        try (InputStream input = LineCountingTest.class.getResourceAsStream(FIXTURES + name)) {
            if (input == null) {
                throw new IllegalStateException("Missing test fixture " + name);
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
