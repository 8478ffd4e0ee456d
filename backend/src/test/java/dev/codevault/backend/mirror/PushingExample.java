package dev.codevault.backend.mirror;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.Transport;

/**
 * Code that pushes, compiled only so {@link ReadOnlyMirrorTest} can show that its scan notices a push. Nothing
 * calls it.
 */
final class PushingExample {

    private PushingExample() {
    }

    static void pushWithCommand(Git git) throws Exception {
        git.push().call();
    }

    static void pushWithTransport(Transport transport) throws Exception {
        transport.push(null, null);
    }
}
