package dev.codevault.desktop;

import java.nio.file.Path;

/** Tries the instance lock of the folder given as the argument and prints "acquired" or "held". */
public final class InstanceLockProbe {

    private InstanceLockProbe() {
    }

    public static void main(String[] args) {
        System.out.println(InstanceLock.acquire(Path.of(args[0])) ? "acquired" : "held");
    }
}
