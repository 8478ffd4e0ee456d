package dev.codevault.backend.archive;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The memory and throughput benchmark of the archive import, run by {@code bench/archive-import.sh} outside the test
 * run. Two commands, each meant for a JVM of its own:
 *
 * <ul>
 *   <li>{@code generate FILE MEBIBYTES FORMAT} writes a zip or tar.gz archive of about that much file content under
 *       one top-level folder: one large binary file of a fifth of the total, and many files of random source-like
 *       text (4 to 64 KiB, seven files in ten) and random binary data (64 KiB to 1 MiB). Random content compresses
 *       poorly, so the archive is nearly as large as its content, as real repositories with assets are.</li>
 *   <li>{@code generate-many FILE FILES FORMAT} writes an archive of that many small text files (100 to 500 bytes,
 *       paths of about 50 characters), to measure the memory that grows with the number of paths.</li>
 *   <li>{@code import FILE REPOSITORY_FOLDER} creates a bare repository, inspects and imports the archive, and prints
 *       the times, the throughput of file content, and two heap figures: the sum of the heap pools' peak usage
 *       (garbage included, an upper bound) and the largest heap in use right after a garbage collection (the live
 *       data).</li>
 * </ul>
 */
public final class ImportBenchmark {

    private static final long MIB = 1L << 20;
    private static final ArchiveLimits LIMITS = new ArchiveLimits(2L << 30, 200_000, 20L << 30, 2L << 30, 200);

    private ImportBenchmark() {
    }

    /** Runs one command; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]) * MIB, args[3]);
        } else if (args.length == 4 && args[0].equals("generate-many")) {
            generateMany(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
        } else if (args.length == 3 && args[0].equals("import")) {
            importArchive(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("Usage: ImportBenchmark generate FILE MEBIBYTES zip|tar.gz");
            System.err.println("       ImportBenchmark generate-many FILE FILES zip|tar.gz");
            System.err.println("       ImportBenchmark import FILE REPOSITORY_FOLDER");
            System.exit(2);
        }
    }

    private static void generate(Path file, long contentBytes, String format) throws IOException {
        Random random = new Random(42);
        long written = 0;
        int index = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ArchiveOutputStream<? extends ArchiveEntry> archive = open(out, format)) {
            written += addFile(archive, format, "project/assets/large.bin", randomBytes(random, contentBytes / 5),
                    0644);
            while (written < contentBytes) {
                boolean text = random.nextInt(10) < 7;
                long size = text ? 4 * 1024 + random.nextInt(60 * 1024) : 64 * 1024 + random.nextInt(960 * 1024);
                size = Math.min(size, contentBytes - written);
                String name = text
                        ? String.format(Locale.ROOT, "project/src/module-%02d/File%05d.java", index % 40, index)
                        : String.format(Locale.ROOT, "project/data/blob-%05d.bin", index);
                byte[] content = text ? sourceLikeText(random, (int) size) : randomBytes(random, size);
                written += addFile(archive, format, name, content, index % 50 == 0 ? 0755 : 0644);
                index++;
            }
        }
        System.out.printf(Locale.ROOT, "generated %s: %d files, %.1f MiB of content, %.1f MiB on disk%n",
                file.getFileName(), index + 1, written / (double) MIB, Files.size(file) / (double) MIB);
    }

    private static void generateMany(Path file, int files, String format) throws IOException {
        Random random = new Random(42);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ArchiveOutputStream<? extends ArchiveEntry> archive = open(out, format)) {
            for (int index = 0; index < files; index++) {
                String name = String.format(Locale.ROOT, "project/src/module-%03d/package-%02d/Source%06d.java",
                        index % 500, index % 20, index);
                written += addFile(archive, format, name, sourceLikeText(random, 100 + random.nextInt(400)), 0644);
            }
        }
        System.out.printf(Locale.ROOT, "generated %s: %d files, %.1f MiB of content, %.1f MiB on disk%n",
                file.getFileName(), files, written / (double) MIB, Files.size(file) / (double) MIB);
    }

    @SuppressWarnings("unchecked")
    private static ArchiveOutputStream<? extends ArchiveEntry> open(OutputStream out, String format)
            throws IOException {
        if (format.equals("zip")) {
            return new ZipArchiveOutputStream(out);
        }
        if (format.equals("tar.gz")) {
            TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out),
                    StandardCharsets.UTF_8.name());
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            return tar;
        }
        throw new IllegalArgumentException("format must be zip or tar.gz: " + format);
    }

    private static long addFile(ArchiveOutputStream<? extends ArchiveEntry> archive, String format, String name,
                                byte[] content, int mode) throws IOException {
        if (format.equals("zip")) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(0100000 | mode);
            ((ZipArchiveOutputStream) archive).putArchiveEntry(entry);
        } else {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            entry.setMode(mode);
            ((TarArchiveOutputStream) archive).putArchiveEntry(entry);
        }
        archive.write(content);
        archive.closeArchiveEntry();
        return content.length;
    }

    private static byte[] randomBytes(Random random, long size) {
        byte[] bytes = new byte[(int) size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Returns lines of random identifiers, operators and numbers, which compress about as badly as minified code. */
    private static byte[] sourceLikeText(Random random, int size) {
        String[] operators = {" = ", " + ", "(", ") ", "; ", ".", ", ", " { ", " }\n", "\n    "};
        StringBuilder text = new StringBuilder(size + 64);
        while (text.length() < size) {
            int length = 3 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(4) == 0 ? Integer.toString(random.nextInt(100_000))
                    : operators[random.nextInt(operators.length)]);
        }
        text.setLength(size);
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void importArchive(Path archive, Path repositoryFolder) throws IOException {
        HeapWatch heap = HeapWatch.start();
        DefaultArchiveImporter importer = new DefaultArchiveImporter(LIMITS);
        try (TestRepository vault = TestRepository.create(repositoryFolder)) {
            long started = System.nanoTime();
            ArchiveManifest manifest = importer.inspect(archive, archive.getFileName().toString());
            long inspected = System.nanoTime();
            importer.importAsCommit(archive, manifest, vault.repository(), "benchmark-upload", Instant.now(),
                    ImportProgress.NONE);
            long imported = System.nanoTime();

            double content = manifest.totalBytes() / (double) MIB;
            double inspectSeconds = (inspected - started) / 1e9;
            double importSeconds = (imported - inspected) / 1e9;
            System.out.printf(Locale.ROOT, "archive %s: %.1f MiB on disk, %d files, %.1f MiB of content%n",
                    archive.getFileName(), Files.size(archive) / (double) MIB, manifest.files(), content);
            System.out.printf(Locale.ROOT, "inspect %.1f s (%.1f MiB/s), import %.1f s (%.1f MiB/s), "
                            + "both %.1f s (%.1f MiB/s)%n", inspectSeconds, content / inspectSeconds, importSeconds,
                    content / importSeconds, inspectSeconds + importSeconds,
                    content / (inspectSeconds + importSeconds));
            System.out.printf(Locale.ROOT, "heap: max %.0f MiB, pools' peak usage %.1f MiB, largest live heap after "
                            + "a collection %.1f MiB (%d collections)%n",
                    Runtime.getRuntime().maxMemory() / (double) MIB, heap.peakOfPools() / (double) MIB,
                    heap.maxAfterCollection() / (double) MIB, heap.collections());
        }
    }

    /** Watches the heap through the memory and garbage collector MX beans. */
    private static final class HeapWatch {

        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        private final AtomicLong maxAfterCollection = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(GarbageCollectionNotificationInfo
                            .GARBAGE_COLLECTION_NOTIFICATION)) {
                        watch.record(GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
            return watch;
        }

        private void record(GarbageCollectionNotificationInfo info) {
            List<String> heapNames = heapPools.stream().map(MemoryPoolMXBean::getName).toList();
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapNames.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            maxAfterCollection.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }

        long peakOfPools() {
            return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }

        long maxAfterCollection() {
            return maxAfterCollection.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
