package dev.codevault.backend.archive;

import dev.codevault.backend.archive.ArchiveRejectedException.Reason;

/** The kind of an archive entry, as its format records it. Files and folders are accepted, and the rest rejected. */
enum EntryKind {
    FILE(null, null, null),
    FOLDER(null, null, null),
    SYMBOLIC_LINK("a symbolic link", Reason.LINK, Advice.LINK),
    HARD_LINK("a hard link", Reason.LINK, Advice.LINK),
    CHARACTER_DEVICE("a character device", Reason.SPECIAL_FILE, Advice.LEAVE_OUT),
    BLOCK_DEVICE("a block device", Reason.SPECIAL_FILE, Advice.LEAVE_OUT),
    FIFO("a named pipe (FIFO)", Reason.SPECIAL_FILE, Advice.LEAVE_OUT),
    SOCKET("a socket", Reason.SPECIAL_FILE, Advice.LEAVE_OUT),
    SPARSE_FILE("a sparse file", Reason.SPECIAL_FILE,
            "Create the archive again without the sparse option (GNU tar --sparse).");

    private final String description;
    private final Reason rejection;
    private final String advice;

    EntryKind(String description, Reason rejection, String advice) {
        this.description = description;
        this.rejection = rejection;
        this.advice = advice;
    }

    /** Returns whether entries of this kind are imported (files) or accepted (folders). */
    boolean isAccepted() {
        return rejection == null;
    }

    /** Returns the rejection of an entry of this kind; only for kinds that are not accepted. */
    ArchiveRejectedException reject(String quotedName) {
        if (isAccepted()) {
            throw new IllegalStateException(name() + " entries are accepted");
        }
        return new ArchiveRejectedException(rejection, "Entry " + quotedName + " is " + description
                + ". CodeVault imports regular files only. " + advice);
    }

    private static final class Advice {
        static final String LINK = "Replace the link with the file it points to, or leave it out of the archive.";
        static final String LEAVE_OUT = "Leave it out of the archive.";
    }
}
