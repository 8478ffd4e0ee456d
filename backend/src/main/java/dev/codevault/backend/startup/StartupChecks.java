package dev.codevault.backend.startup;

import io.micronaut.core.value.PropertyResolver;

/**
 * Checks the settings that can be checked before the server creates anything, so a start that fails on a bad
 * value leaves the data folder as it was.
 */
public final class StartupChecks {

    private StartupChecks() {
    }

    /**
     * Runs every check.
     *
     * @param settings the started environment of the application context that has not started yet
     * @throws StartupProblem naming the first setting to change
     */
    public static void run(PropertyResolver settings) {
        SettingRules.check(settings);
    }
}
