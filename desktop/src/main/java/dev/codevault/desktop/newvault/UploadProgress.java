package dev.codevault.desktop.newvault;

/** Receives the progress of an upload, on the uploading thread. */
@FunctionalInterface
public interface UploadProgress {

    /** Reports the bytes sent so far of the total. */
    void sent(long bytes, long total);
}
