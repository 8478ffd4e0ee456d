package dev.codevault.backend.analysis.source;

/** Content of a file as a reader delivers it: whole, or only described when it is over the size limit. */
public sealed interface FileContent permits FileContent.Whole, FileContent.Oversized {

    /** Returns the file size in bytes. */
    long size();

    /**
     * The whole content of a file within the size limit.
     *
     * @param bytes the content as stored
     */
    record Whole(byte[] bytes) implements FileContent {

        @Override
        public long size() {
            return bytes.length;
        }
    }

    /**
     * A file over the size limit, streamed once to compute its digest and never held in memory.
     *
     * @param size   the size in bytes
     * @param md5    the MD5 digest of the content
     * @param head   the first bytes, up to {@link FileContents#HEAD_BYTES}, to tell binary from text
     */
    record Oversized(long size, byte[] md5, byte[] head) implements FileContent {
    }
}
