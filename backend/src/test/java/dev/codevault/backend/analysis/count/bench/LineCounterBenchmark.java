package dev.codevault.backend.analysis.count.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codevault.backend.analysis.lang.FileMeasure;
import dev.codevault.backend.analysis.lang.Language;
import dev.codevault.backend.analysis.lang.LanguageEngine;
import dev.codevault.backend.analysis.lang.LanguageEngines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the counting core on an in-memory file of 4 MiB built from a realistic source sample. The engine
 * is built from the bundled definitions with the complexity rules removed, so {@code measure} runs the line
 * counter alone. JMH reports operations per second; one operation counts the whole file, so MB/s is ops/s times
 * {@link #SIZE} divided by 1,000,000. Run it with the {@code bench} Maven profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineCounterBenchmark {

    /** The size of the generated file in bytes. */
    public static final int SIZE = 4 * 1024 * 1024;

    private static final String JAVA = """
            /*
             * Licensed under the Apache License, Version 2.0.
             */
            package org.example.cache;

            import java.util.Map;

            /** A small cache with an eviction policy. */
            public final class Cache<K, V> {
                private final Map<K, V> entries = new java.util.HashMap<>();
                private static final String MARK = "/* not a comment */ // nor this";

                // Returns the value, loading it on a miss.
                public V get(K key, java.util.function.Function<K, V> loader) {
                    V value = entries.get(key);
                    if (value == null && key != null) {
                        value = loader.apply(key); /* load */
                        entries.put(key, value);
                    }
                    char quote = '"';
                    return value;
                }
            }

            """;

    private static final String PYTHON = """
            #!/usr/bin/env python3
            \"\"\"Module docstring for the loader.\"\"\"
            import os


            def load(path, mode="r"):
                '''Reads a file.'''
                # open the file
                with open(path, mode) as handle:
                    text = handle.read()  # whole file
                return text if text else ""


            class Loader:
                def __init__(self, root):
                    self.root = root

            """;

    @Param({"Java", "Python"})
    public String language;

    private LanguageEngine engine;
    private Language target;
    private byte[] content;

    @Setup
    public void prepare() throws IOException {
        engine = countingOnlyEngine();
        target = engine.byName(language).orElseThrow();
        String sample = language.equals("Java") ? JAVA : PYTHON;
        StringBuilder builder = new StringBuilder(SIZE + sample.length());
        while (builder.length() < SIZE) {
            builder.append(sample);
        }
        content = builder.substring(0, SIZE).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public FileMeasure count() {
        return engine.measure(target, content);
    }

    private static LanguageEngine countingOnlyEngine() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream input = LineCounterBenchmark.class.getResourceAsStream(
                "/dev/codevault/backend/analysis/lang/languages.json")) {
            JsonNode definitions = mapper.readTree(input);
            for (JsonNode language : definitions.get("languages")) {
                ((ObjectNode) language).remove("complexity");
            }
            return LanguageEngines.fromDefinitions(new ByteArrayInputStream(mapper.writeValueAsBytes(definitions)));
        }
    }
}
