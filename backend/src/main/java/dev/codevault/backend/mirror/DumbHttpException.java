package dev.codevault.backend.mirror;

import java.io.IOException;

/**
 * A git server that sent its refs as a plain file instead of a smart HTTP advertisement, so it speaks only git's dumb
 * HTTP protocol. It is an {@link IOException}, so JGit passes it on to the failure classifier.
 */
final class DumbHttpException extends IOException {

    DumbHttpException(String host) {
        super("the server " + host + " does not speak git's smart HTTP protocol");
    }
}
