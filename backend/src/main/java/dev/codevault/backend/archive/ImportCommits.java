package dev.codevault.backend.archive;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits of imports on {@link ArchiveImporter#BRANCH}: finding the one an upload already made, writing a new
 * one, and moving the branch to it. Every import commit has the same author and committer,
 * {@value #AUTHOR_NAME} &lt;{@value #AUTHOR_EMAIL}&gt;, at the import's time in UTC, and a message that gives counts
 * only, never a file name, followed by the {@link ArchiveImporter#UPLOAD_TRAILER} trailer.
 */
final class ImportCommits {

    static final String AUTHOR_NAME = "CodeVault";
    static final String AUTHOR_EMAIL = "import@codevault.invalid";

    private ImportCommits() {
    }

    /** Returns the commit the branch points to, or null when the branch does not exist yet. */
    static ObjectId branchTip(Repository repository) throws IOException {
        Ref branch = repository.exactRef(ArchiveImporter.BRANCH);
        return branch == null ? null : branch.getObjectId();
    }

    /** Returns the tip when its trailer names the upload; an upload is looked for at the tip only. */
    static Optional<ObjectId> findUpload(Repository repository, ObjectId tip, String uploadId) throws IOException {
        if (tip == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(tip);
            if (commit.getFooterLines(ArchiveImporter.UPLOAD_TRAILER).contains(uploadId)) {
                return Optional.of(commit.copy());
            }
            return Optional.empty();
        }
    }

    /**
     * Inserts a commit of the tree.
     *
     * @param parent the branch's current commit, or null for the first import
     */
    static ObjectId write(ObjectInserter inserter, ObjectId tree, ObjectId parent, String uploadId, Instant when,
                          ArchiveManifest manifest) throws IOException {
        PersonIdent identity = new PersonIdent(AUTHOR_NAME, AUTHOR_EMAIL, when, ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(identity);
        commit.setCommitter(identity);
        commit.setMessage(message(uploadId, manifest));
        return inserter.insert(commit);
    }

    /**
     * Moves the branch from the expected commit to the new one, as a compare-and-set: when another writer moved the
     * branch in between, the branch keeps that writer's commit and this method fails.
     *
     * @param expected the commit the branch pointed to when the import started, or null when it did not exist
     * @throws IOException when the branch moved in between or cannot be written
     */
    static void moveBranch(Repository repository, ObjectId expected, ObjectId commit, String uploadId)
            throws IOException {
        RefUpdate update = repository.updateRef(ArchiveImporter.BRANCH);
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        update.setNewObjectId(commit);
        update.setRefLogMessage("import: upload " + uploadId, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("Moving " + ArchiveImporter.BRANCH + " to the import of upload " + uploadId
                    + " failed (" + result + "); another import may have moved it meanwhile. Run the import again.");
        }
    }

    private static String message(String uploadId, ArchiveManifest manifest) {
        String files = manifest.files() == 1 ? "1 file" : manifest.files() + " files";
        return "Import an uploaded archive\n\n"
                + "The " + manifest.format().name().toLowerCase(Locale.ROOT).replace('_', '.')
                + " archive contained " + files + " of " + manifest.totalBytes() + " bytes in total.\n\n"
                + ArchiveImporter.UPLOAD_TRAILER + ": " + uploadId + "\n";
    }
}
