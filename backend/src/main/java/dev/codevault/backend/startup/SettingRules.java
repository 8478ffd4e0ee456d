package dev.codevault.backend.startup;

import dev.codevault.backend.mail.SmtpSecurity;
import io.micronaut.core.value.PropertyResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The typed settings of the README's settings table, plus the server port, with the values each one allows. */
final class SettingRules {

    private static final long PORT_MAX = 65_535;

    /** Every rule. Each setting that a bean reads as a number, duration, boolean or enum belongs here. */
    static final List<SettingRule> ALL = List.of(
            // Micronaut picks a random port for -1 and lets the system choose one for 0.
            SettingRule.wholeNumber("micronaut.server.port", -1, PORT_MAX),
            SettingRule.bool("codevault.git.allow-private-networks"),
            SettingRule.bool("codevault.git.allow-http"),
            SettingRule.duration("codevault.git.idle-timeout"),
            SettingRule.duration("codevault.git.max-duration"),
            SettingRule.duration("codevault.git.check-timeout"),
            SettingRule.bytes("codevault.git.max-repository-bytes"),
            SettingRule.bytes("codevault.archive.max-archive-bytes"),
            SettingRule.wholeNumber("codevault.archive.max-entries", 1, Integer.MAX_VALUE),
            SettingRule.bytes("codevault.archive.max-total-bytes"),
            SettingRule.bytes("codevault.archive.max-file-bytes"),
            SettingRule.wholeNumber("codevault.archive.max-expansion-ratio", 1, Integer.MAX_VALUE),
            SettingRule.bool("codevault.jobs.worker-enabled"),
            SettingRule.wholeNumber("codevault.jobs.threads", 1, Integer.MAX_VALUE),
            SettingRule.duration("codevault.jobs.polling-interval"),
            SettingRule.duration("codevault.jobs.heartbeat-interval"),
            // db-scheduler needs at least 4 missed heartbeats before it declares a job dead.
            SettingRule.wholeNumber("codevault.jobs.missed-heartbeats-limit", 4, Integer.MAX_VALUE),
            SettingRule.wholeNumber("codevault.jobs.max-attempts", 1, Integer.MAX_VALUE),
            SettingRule.duration("codevault.jobs.first-retry-delay"),
            SettingRule.duration("codevault.jobs.sweep-interval"),
            SettingRule.wholeNumber("codevault.analysis.threads", 0, Integer.MAX_VALUE),
            SettingRule.bool("codevault.auth.open-sign-up"),
            SettingRule.duration("codevault.auth.access-token-lifetime"),
            SettingRule.duration("codevault.auth.refresh-token-lifetime"),
            SettingRule.duration("codevault.auth.session-lifetime"),
            SettingRule.duration("codevault.auth.authorization-code-lifetime"),
            SettingRule.duration("codevault.auth.passcode.lifetime"),
            SettingRule.wholeNumber("codevault.auth.passcode.max-attempts", 1, Integer.MAX_VALUE),
            SettingRule.duration("codevault.auth.passcode.rate-limit-window"),
            SettingRule.wholeNumber("codevault.auth.passcode.max-per-email", 1, Integer.MAX_VALUE),
            SettingRule.wholeNumber("codevault.auth.passcode.max-per-client-address", 1, Integer.MAX_VALUE),
            SettingRule.duration("codevault.auth.webauthn.challenge-lifetime"),
            SettingRule.wholeNumber("codevault.mail.smtp.port", 1, PORT_MAX),
            SettingRule.choice("codevault.mail.smtp.security",
                    Arrays.stream(SmtpSecurity.values()).map(Enum::name).toArray(String[]::new)),
            SettingRule.duration("codevault.mail.smtp.timeout"));

    private SettingRules() {
    }

    /**
     * Checks every rule.
     *
     * @throws StartupProblem for the first setting whose value is not allowed
     */
    static void check(PropertyResolver settings) {
        for (SettingRule rule : ALL) {
            Optional<String> problem = rule.check(settings);
            if (problem.isPresent()) {
                throw new StartupProblem(problem.get());
            }
        }
    }
}
