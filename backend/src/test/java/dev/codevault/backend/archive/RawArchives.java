package dev.codevault.backend.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes archives byte by byte, for the damaged and hostile cases that commons-compress will not write: lying sizes,
 * overlapping zip entries, unknown compression methods, central directories with extra records, and tar headers of
 * any type or with a wrong checksum.
 */
final class RawArchives {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private RawArchives() {
    }

    /** Returns the CRC-32 of the bytes. */
    static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    /** Returns the bytes compressed with raw Deflate, as zip stores them. */
    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Starts a zip archive. */
    static RawZip zip() {
        return new RawZip();
    }

    /**
     * Returns a 512-byte ustar header with a correct checksum.
     *
     * @param type the type flag, such as '0' for a file or 'V' for a GNU volume label
     */
    static byte[] tarHeader(String name, char type, long size, int mode) {
        byte[] header = new byte[512];
        put(header, 0, name.getBytes(StandardCharsets.UTF_8));
        putOctal(header, 100, 8, mode);
        putOctal(header, 108, 8, 0);
        putOctal(header, 116, 8, 0);
        putOctal(header, 124, 12, size);
        putOctal(header, 136, 12, 0);
        header[156] = (byte) type;
        put(header, 257, ("ustar" + (char) 0 + "00").getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xFF;
        }
        putOctal(header, 148, 7, sum);
        return header;
    }

    /** Returns the data padded with zeros to whole 512-byte records. */
    static byte[] tarData(byte[] data) {
        return Arrays.copyOf(data, (data.length + 511) / 512 * 512);
    }

    /** Returns the tar end-of-archive marker: two zero records. */
    static byte[] tarEnd() {
        return new byte[1024];
    }

    /** Joins byte arrays. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void put(byte[] target, int offset, byte[] value) {
        System.arraycopy(value, 0, target, offset, value.length);
    }

    private static void putOctal(byte[] target, int offset, int length, long value) {
        String octal = String.format(Locale.ROOT, "%0" + (length - 1) + "o", value);
        put(target, offset, octal.getBytes(StandardCharsets.US_ASCII));
        target[offset + length - 1] = 0;
    }

    /** A zip archive written field by field. */
    static final class RawZip {

        private final List<Local> locals = new ArrayList<>();
        private final List<Central> centrals = new ArrayList<>();
        private boolean madeOnWindows;

        /** Marks every entry as made on MS-DOS or Windows (host 0, no Unix mode), as Windows zip tools write them. */
        RawZip madeOnWindows() {
            madeOnWindows = true;
            return this;
        }

        /**
         * Adds an entry: a local header with its data and a central directory record that points to it.
         *
         * @param method       the compression method code
         * @param data         the stored bytes, already compressed
         * @param crc          the CRC-32 to declare
         * @param declaredSize the uncompressed size to declare
         * @param flags        the general purpose flags, such as 1 for an encrypted entry
         */
        RawZip entry(String name, int method, byte[] data, long crc, long declaredSize, int flags) {
            return entry(utf8(name), method, data, crc, declaredSize, flags);
        }

        /** Adds a stored entry whose name is the raw bytes, without the flag that marks names as UTF-8. */
        RawZip rawName(byte[] name, byte[] content) {
            return entry(name, STORED, content, crc(content), content.length, 0);
        }

        private RawZip entry(byte[] name, int method, byte[] data, long crc, long declaredSize, int flags) {
            Local local = new Local(name, method, data, crc, declaredSize, flags);
            locals.add(local);
            centrals.add(new Central(local.name, local, 0100644));
            return this;
        }

        /** Adds a stored entry whose declarations match its data. */
        RawZip stored(String name, byte[] content) {
            return entry(name, STORED, content, crc(content), content.length, 0);
        }

        /** Adds a central directory record with another name that points to the same local entry as the first one. */
        RawZip alias(String name) {
            centrals.add(new Central(utf8(name), locals.get(0), 0100644));
            return this;
        }

        /** Returns the archive's bytes. */
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Local local : locals) {
                local.offset = out.size();
                out.writeBytes(local.header());
                out.writeBytes(local.data);
            }
            int directoryOffset = out.size();
            for (Central central : centrals) {
                out.writeBytes(central.record(madeOnWindows));
            }
            int directoryLength = out.size() - directoryOffset;
            out.writeBytes(little(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) centrals.size()).putShort((short) centrals.size()).putInt(directoryLength)
                    .putInt(directoryOffset).putShort((short) 0).array());
            return out.toByteArray();
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static ByteBuffer little(int length) {
            return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static final class Local {

            private final byte[] name;
            private final int method;
            private final byte[] data;
            private final long crc;
            private final long declaredSize;
            private final int flags;
            private int offset;

            Local(byte[] name, int method, byte[] data, long crc, long declaredSize, int flags) {
                this.name = name;
                this.method = method;
                this.data = data;
                this.crc = crc;
                this.declaredSize = declaredSize;
                this.flags = flags;
            }

            byte[] header() {
                return little(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) flags)
                        .putShort((short) method).putInt(0).putInt((int) crc).putInt(data.length)
                        .putInt((int) declaredSize).putShort((short) name.length).putShort((short) 0).put(name)
                        .array();
            }
        }

        private static final class Central {

            private final byte[] name;
            private final Local local;
            private final int unixMode;

            Central(byte[] name, Local local, int unixMode) {
                this.name = name;
                this.local = local;
                this.unixMode = unixMode;
            }

            byte[] record(boolean madeOnWindows) {
                int host = madeOnWindows ? 0 : 3;
                int externalAttributes = madeOnWindows ? 0 : unixMode << 16;
                return little(46 + name.length).putInt(0x02014b50).putShort((short) (host << 8 | 20))
                        .putShort((short) 20).putShort((short) local.flags).putShort((short) local.method).putInt(0)
                        .putInt((int) local.crc).putInt(local.data.length).putInt((int) local.declaredSize)
                        .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(externalAttributes).putInt(local.offset).put(name).array();
            }
        }
    }
}
