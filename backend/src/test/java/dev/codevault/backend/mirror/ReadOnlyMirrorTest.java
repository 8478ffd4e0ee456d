package dev.codevault.backend.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Proves from the compiled classes that the backend never pushes: no class of its main code refers to JGit's push
 * side. The check reads the constant pool of every class file, because every class and method a class uses is
 * named there.
 */
class ReadOnlyMirrorTest {

    /** JGit's types that only a push needs, in the internal form of class files. */
    private static final List<String> PUSH_TYPES = List.of(
            "org/eclipse/jgit/api/PushCommand",
            "org/eclipse/jgit/transport/PushConnection",
            "org/eclipse/jgit/transport/BasePackPushConnection",
            "org/eclipse/jgit/transport/ReceivePack",
            "org/eclipse/jgit/transport/RemoteRefUpdate",
            "org/eclipse/jgit/transport/PushResult");
    private static final String TRANSPORT_PUSH = "org/eclipse/jgit/transport/Transport.push";
    private static final String TRANSPORT_OPEN_PUSH = "org/eclipse/jgit/transport/Transport.openPush";

    @Nested
    class MainClasses {

        @Test
        void referToNoPushType() throws IOException {
            List<String> offenders = new ArrayList<>();

            for (Path classFile : classFiles(mainClassesFolder())) {
                ConstantPool pool = ConstantPool.read(Files.readAllBytes(classFile));
                PUSH_TYPES.stream().filter(pool::mentions).forEach(type -> offenders.add(classFile + " -> " + type));
            }

            assertThat(offenders).isEmpty();
        }

        @Test
        void callNoTransportPush() throws IOException {
            List<String> offenders = new ArrayList<>();

            for (Path classFile : classFiles(mainClassesFolder())) {
                ConstantPool pool = ConstantPool.read(Files.readAllBytes(classFile));
                if (pool.callsMethod(TRANSPORT_PUSH) || pool.callsMethod(TRANSPORT_OPEN_PUSH)) {
                    offenders.add(classFile.toString());
                }
            }

            assertThat(offenders).isEmpty();
        }

        @Test
        void includeTheFetchingMirror() throws IOException {
            Path gitRemote = mainClassesFolder().resolve("dev/codevault/backend/mirror/GitRemote.class");

            ConstantPool pool = ConstantPool.read(Files.readAllBytes(gitRemote));

            assertThat(classFiles(mainClassesFolder())).hasSizeGreaterThan(100);
            assertThat(pool.mentions("org/eclipse/jgit/api/FetchCommand")).isTrue();
            assertThat(pool.callsMethod("org/eclipse/jgit/api/Git.fetch")).isTrue();
        }
    }

    @Nested
    class Scan {

        @Test
        void findsPushCommand() throws IOException {
            ConstantPool pool = ConstantPool.read(Files.readAllBytes(testClassFile(PushingExample.class)));

            assertThat(pool.mentions("org/eclipse/jgit/api/PushCommand")).isTrue();
            assertThat(pool.callsMethod("org/eclipse/jgit/api/Git.push")).isTrue();
        }

        @Test
        void findsTransportPush() throws IOException {
            ConstantPool pool = ConstantPool.read(Files.readAllBytes(testClassFile(PushingExample.class)));

            assertThat(pool.callsMethod(TRANSPORT_PUSH)).isTrue();
        }

        @Test
        void findsNoPushInFetchingClass() throws IOException {
            ConstantPool pool = ConstantPool.read(Files.readAllBytes(mainClassesFolder()
                    .resolve("dev/codevault/backend/mirror/GitRemote.class")));

            assertThat(pool.callsMethod(TRANSPORT_PUSH)).isFalse();
            assertThat(pool.mentions("org/eclipse/jgit/api/PushCommand")).isFalse();
        }
    }

    /** Returns the folder of the backend's compiled main classes, where the build puts {@link GitRemote}. */
    private static Path mainClassesFolder() {
        return locationOf(GitRemote.class);
    }

    private static Path testClassFile(Class<?> type) {
        return locationOf(type).resolve(type.getName().replace('.', '/') + ".class");
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class folder of " + type.getName() + " is not a file URL", e);
        }
    }

    private static List<Path> classFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".class")).toList();
        }
    }
}
