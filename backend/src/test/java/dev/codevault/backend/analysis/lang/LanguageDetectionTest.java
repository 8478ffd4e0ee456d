package dev.codevault.backend.analysis.lang;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTest {

    private final LanguageEngine engine = LanguageEngines.standard();

    @Nested
    class ByPath {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
            "src/Main.java,            Java",
            "lib/app.d.ts,             TypeScript",
            "views/page.blade.php,     Blade",
            "Makefile,                 Makefile",
            "sub/dir/CMakeLists.txt,   CMake",
            "Dockerfile,               Dockerfile",
            "Gemfile,                  Ruby",
            "BUILD.bazel,              Starlark",
            ".gitignore,               Ignore List",
            "tsconfig.json,            JSON with Comments",
            "MAIN.C,                   C",
            "script.PY,                Python"
        })
        void detectsByExtensionOrFileName(String path, String language) {
            assertThat(name(path, "")).contains(language);
        }

        @Test
        void unknownExtensionHasNoLanguage() {
            assertThat(name("data.unknownext", "x")).isEmpty();
        }
    }

    @Nested
    class ByShebang {

        @ParameterizedTest(name = "{0} runs {1}")
        @CsvSource(delimiter = '|', value = {
            "#!/bin/sh                           | Shell",
            "#!/usr/bin/env bash                 | Shell",
            "#!/usr/bin/env -S python3.11 -u     | Python",
            "#!/usr/bin/python3.12               | Python",
            "#!/usr/bin/env -i PATH=/bin node    | JavaScript",
            "#! /usr/local/bin/ruby -w           | Ruby",
            "#!/usr/bin/env perl                 | Perl",
            "#!/usr/bin/env -S deno run          | JavaScript"
        })
        void detectsInterpreter(String shebang, String language) {
            assertThat(name("bin/tool", shebang + "\nbody\n")).contains(language);
        }

        @Test
        void shebangOutranksExtension() {
            assertThat(name("run.sh", "#!/usr/bin/env python3\nprint(1)\n")).contains("Python");
        }
    }

    @Nested
    class ByModeline {

        @Test
        void emacsModeOnFirstLine() {
            assertThat(name("notes.txt", "# -*- mode: ruby; coding: utf-8 -*-\nputs 1\n")).contains("Ruby");
        }

        @Test
        void emacsShortMode() {
            assertThat(name("x.conf", "/* -*- C++ -*- */\nint a;\n")).contains("C++");
        }

        @Test
        void vimModelineOnLastLine() {
            assertThat(name("build.conf", "a\nb\n# vim: set ft=python ts=4:\n")).contains("Python");
        }

        @Test
        void vimFiletypeWithoutSet() {
            assertThat(name("x.inc", "x\n// vim: ft=javascript\n")).contains("JavaScript");
        }

        @Test
        void vimModelineBeforeTrailingEmptyLines() {
            assertThat(name("build.conf", "a\n# vim: ft=python\n\n\n\n\n\n\n")).contains("Python");
        }

        @Test
        void modelineWithCrlfAndCrLineEnds() {
            assertThat(name("build.conf", "a\r\nb\rc\r\n# vim: ft=python\r\n")).contains("Python");
        }

        @Test
        void modelineOnFifthLine() {
            assertThat(name("notes.txt", "1\n2\n3\n4\n# -*- mode: ruby -*-\n6\n7\n8\n9\n10\n11\n"))
                    .contains("Ruby");
        }

        @Test
        void modelineOnMiddleLineIgnored() {
            assertThat(name("notes.txt", "1\n2\n3\n4\n5\n# -*- mode: ruby -*-\n7\n8\n9\n10\n11\n"))
                    .contains("Text");
        }

        @Test
        void modelineBetweenWindowsIgnored() {
            String longLine = "x".repeat(5000);
            assertThat(name("notes.txt", longLine + "\n# -*- mode: ruby -*-\n" + longLine + "\n"))
                    .contains("Text");
        }

        @Test
        void vimWithoutSettingIgnored() {
            assertThat(name("notes.txt", "the vim: editor, with ft as a word\n")).contains("Text");
        }
    }

    @Nested
    class ByContent {

        @ParameterizedTest(name = "{0} with \"{1}\" is {2}")
        @CsvSource(delimiter = '|', value = {
            "a.h   | @interface Foo : NSObject                   | Objective-C",
            "a.h   | namespace app { class A; }                  | C++",
            "a.h   | std::string name();                         | C++",
            "a.h   | int add(int a, int b);                      | C",
            "a.m   | #import <Foundation/Foundation.h>           | Objective-C",
            "a.m   | function y = f(x)                           | MATLAB",
            "a.pl  | use strict;                                 | Perl",
            "a.pl  | parent(tom, bob) :- true.                   | Prolog",
            "a.ts  | <?xml version=\"1.0\"?><TS version=\"2.1\"> | XML",
            "a.ts  | export const x: number = 1;                 | TypeScript",
            "a.v   | Theorem t : True.                           | Coq",
            "a.v   | module counter(input clk);                  | Verilog",
            "a.v   | fn main() { println('hi') }                 | V",
            "a.inc | <?php echo 1;                               | PHP",
            "a.inc | procedure Foo;                              | Pascal",
            "a.inc | section .text                               | Assembly",
            "a.inc | #define LIMIT 10                            | C++",
            "a.cls | \\NeedsTeXFormat{LaTeX2e}                   | TeX",
            "a.cls | public with sharing class Foo {}            | Apex",
            "a.cls | VERSION 1.0 CLASS                           | VBA",
            "a.pro | QT += core gui                              | QMake",
            "a.pro | main :- write(hi).                          | Prolog",
            "a.fs  | #version 330 core                           | GLSL",
            "a.fs  | let x = 1                                   | F#",
            "a.r   | REBOL [Title: \"x\"]                        | Rebol",
            "a.r   | x <- c(1, 2)                                | R",
            "a.pp  | class nginx { ensure => present }           | Puppet",
            "a.pp  | program Hello; begin end.                   | Pascal",
            "a.l   | %%                                          | Lex",
            "a.l   | (defun f (x) x)                             | Common Lisp",
            "a.d   | main.o: main.c main.h                       | Makefile",
            "a.d   | import std.stdio;                           | D",
            "a.cl  | __kernel void add(__global int *a) {}       | OpenCL",
            "a.cl  | (defun f (x) x)                             | Common Lisp",
            "a.hh  | <?hh // strict                              | Hack",
            "a.hh  | class A {};                                 | C++"
        })
        void decidesSharedExtension(String path, String content, String language) {
            assertThat(name(path, content + "\n")).contains(language);
        }
    }

    @Nested
    class ByName {

        @ParameterizedTest(name = "{0} names {1}")
        @CsvSource({
            "java,        Java",
            "CSHARP,      C#",
            "c++,         C++",
            "cpp,         C++",
            "golang,      Go",
            "Sh,          Shell",
            "bash,        Shell",
            "js,          JavaScript",
            "objc,        Objective-C",
            "' python ',  Python"
        })
        void matchesNamesAndAliasesIgnoringCase(String query, String language) {
            assertThat(engine.byName(query).map(Language::name)).contains(language);
        }

        @Test
        void unknownNameIsEmpty() {
            assertThat(engine.byName("no such language")).isEmpty();
        }
    }

    private Optional<String> name(String path, String content) {
        return engine.detect(path, content.getBytes(StandardCharsets.UTF_8)).map(Language::name);
    }
}
