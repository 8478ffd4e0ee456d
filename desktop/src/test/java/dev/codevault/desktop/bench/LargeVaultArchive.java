package dev.codevault.desktop.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip of a made-up Java code base of a given number of files. Each package holds classes with a field, a
 * constructor and methods of varied complexity, and a README, so the analysis has functions, languages and file
 * types to report.
 */
final class LargeVaultArchive {

    private static final int CLASSES_PER_PACKAGE = 100;

    private LargeVaultArchive() {
    }

    static Path write(Path target, int files) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            int written = 0;
            for (int pkg = 0; written < files; pkg++) {
                String folder = "src/main/java/com/example/module" + pkg + "/";
                entry(zip, folder + "README.md", "# Module " + pkg + "\n\nClasses of module " + pkg + ".\n");
                written++;
                for (int type = 0; type < CLASSES_PER_PACKAGE && written < files; type++) {
                    entry(zip, folder + "Service" + type + ".java", javaClass(pkg, type));
                    written++;
                }
            }
        }
        return target;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String javaClass(int pkg, int type) {
        StringBuilder text = new StringBuilder();
        text.append("package com.example.module").append(pkg).append(";\n\n");
        text.append("import java.util.List;\n\n");
        text.append("/** Service ").append(type).append(" of module ").append(pkg).append(". */\n");
        text.append("public class Service").append(type).append(" {\n\n");
        text.append("    private final List<Integer> values;\n\n");
        text.append("    public Service").append(type).append("(List<Integer> values) {\n");
        text.append("        this.values = values;\n    }\n\n");
        int branches = 1 + (pkg * 7 + type * 3) % 24;
        text.append("    // Sums the values that pass the checks.\n");
        text.append("    public int total(int limit) {\n        int sum = 0;\n");
        text.append("        for (int value : values) {\n");
        for (int i = 0; i < branches; i++) {
            text.append("            if (value > ").append(i).append(" && value < limit) {\n");
            text.append("                sum += value * ").append(i + 1).append(";\n            }\n");
        }
        text.append("        }\n        return sum;\n    }\n\n");
        text.append("    public boolean isEmpty() {\n        return values.isEmpty();\n    }\n}\n");
        return text.toString();
    }
}
