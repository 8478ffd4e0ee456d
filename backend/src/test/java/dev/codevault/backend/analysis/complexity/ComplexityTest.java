package dev.codevault.backend.analysis.complexity;

import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.FunctionComplexity;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ComplexityTest {

    private static final String SAMPLES = "/dev/codevault/backend/analysis/complexity/";

    private final LanguageEngine engine = LanguageEngines.standard();

    @Nested
    class PerFunction {

        @Test
        void javaCountsAnonymousClassMethodApartAndLambdaInside() {
            FileMeasure measure = measure("Java", "Sample.java.txt");

            assertThat(measure.functions()).containsExactly(
                    new FunctionComplexity("Sample.r", 5, 7, 3),
                    new FunctionComplexity("Sample.f", 9, 30, 10),
                    new FunctionComplexity("Sample.f.<anonymous Runnable>.run", 24, 26, 2),
                    new FunctionComplexity("Sample.Sample", 32, 32, 1));
            assertThat(measure.complexity()).isEqualTo(16);
            assertThat(measure.complexityEstimated()).isFalse();
        }

        @Test
        void pythonCountsComprehensionsLambdasAndTopLevel() {
            assertThat(measure("Python", "sample.py").functions()).containsExactly(
                    new FunctionComplexity("(top level)", 1, 25, 2),
                    new FunctionComplexity("f", 4, 10, 8),
                    new FunctionComplexity("C.m", 13, 22, 3));
        }

        @Test
        void goCountsClosureInEnclosingFunction() {
            assertThat(measure("Go", "sample.go").functions()).containsExactly(
                    new FunctionComplexity("Name", 3, 17, 6),
                    new FunctionComplexity("main", 19, 20, 1));
        }

        @Test
        void rustCountsMatchArmsButNotWildcard() {
            assertThat(measure("Rust", "sample.rs").functions()).containsExactly(
                    new FunctionComplexity("Foo.fmt", 2, 8, 4),
                    new FunctionComplexity("helper", 11, 14, 3));
        }

        @Test
        void rubyTellsModifiersFromBlocks() {
            assertThat(measure("Ruby", "sample.rb").functions()).containsExactly(
                    new FunctionComplexity("Foo#bar", 2, 12, 5),
                    new FunctionComplexity("Foo.baz", 14, 16, 2));
        }

        @Test
        void kotlinCountsWhenArmsAndExpressionBodies() {
            assertThat(measure("Kotlin", "sample.kt").functions()).containsExactly(
                    new FunctionComplexity("K.f", 2, 10, 4),
                    new FunctionComplexity("K.g", 11, 11, 2));
        }

        @Test
        void javaScriptFindsArrowsMethodsAndFunctions() {
            assertThat(measure("JavaScript", "sample.js").functions()).containsExactly(
                    new FunctionComplexity("f", 1, 3, 2),
                    new FunctionComplexity("C.method", 5, 7, 2),
                    new FunctionComplexity("C.other", 8, 10, 2),
                    new FunctionComplexity("g", 12, 14, 3));
        }

        @Test
        void cppQualifiesMembersAndCountsLambdaInside() {
            assertThat(measure("C++", "sample.cpp").functions()).containsExactly(
                    new FunctionComplexity("app.Widget::size", 2, 4, 2),
                    new FunctionComplexity("app.Widget::Widget", 5, 7, 3),
                    new FunctionComplexity("main", 9, 13, 3));
        }

        @Test
        void csharpCountsCodeInsideInterpolation() {
            assertThat(measure("C#", "sample.cs").functions()).containsExactly(
                    new FunctionComplexity("App.Cart.Total", 3, 10, 5));
        }

        @Test
        void swiftSkipsEnumCasesAndDefault() {
            assertThat(measure("Swift", "sample.swift").functions()).containsExactly(
                    new FunctionComplexity("S.init", 3, 5, 2),
                    new FunctionComplexity("S.f", 6, 11, 2));
        }

        @Test
        void scalaSkipsWildcardCase() {
            assertThat(measure("Scala", "sample.scala").functions()).containsExactly(
                    new FunctionComplexity("Main.f", 2, 5, 2),
                    new FunctionComplexity("Main.g", 6, 8, 3));
        }

        @Test
        void phpCountsWordOperatorsAndClosuresInside() {
            assertThat(measure("PHP", "sample.php").functions()).containsExactly(
                    new FunctionComplexity("P.f", 3, 8, 5));
        }

        @Test
        void typeScriptSkipsOptionalAndNullishMarks() {
            assertThat(measure("TypeScript", "sample.ts").functions()).containsExactly(
                    new FunctionComplexity("Svc.load", 3, 5, 2),
                    new FunctionComplexity("pick", 7, 9, 2));
        }

        @Test
        void cIgnoresKeywordsInCommentsAndStrings() {
            assertThat(measure("C", "sample.c").functions()).containsExactly(
                    new FunctionComplexity("f", 1, 7, 4),
                    new FunctionComplexity("make", 8, 10, 1));
        }
    }

    @Nested
    class Estimate {

        @Test
        void languageWithoutFunctionRulesGetsEstimate() {
            byte[] content = "if x then y elseif z then w end\nwhile a and b do end\n".getBytes(StandardCharsets.UTF_8);

            FileMeasure measure = engine.measure(engine.byName("Lua").orElseThrow(), content);

            assertThat(measure.complexity()).isEqualTo(5);
            assertThat(measure.complexityEstimated()).isTrue();
            assertThat(measure.functions()).isEmpty();
        }

        @Test
        void dataFileHasNoComplexity() {
            FileMeasure measure = engine.measure(engine.byName("JSON").orElseThrow(), "{\"if\": 1}".getBytes());

            assertThat(measure.complexity()).isZero();
            assertThat(measure.complexityEstimated()).isFalse();
        }
    }

    private FileMeasure measure(String language, String sample) {
        return engine.measure(engine.byName(language).orElseThrow(), sample(sample));
    }

    private static byte[] sample(String name) {
        try (InputStream input = ComplexityTest.class.getResourceAsStream(SAMPLES + name)) {
            if (input == null) {
                throw new IllegalStateException("Missing sample " + name);
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
