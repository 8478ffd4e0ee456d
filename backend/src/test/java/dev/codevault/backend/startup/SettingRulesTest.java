package dev.codevault.backend.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.codevault.backend.archive.ArchiveLimits;
import dev.codevault.backend.auth.AuthSettings;
import dev.codevault.backend.jobs.JobSettings;
import dev.codevault.backend.mail.MailSettings;
import dev.codevault.backend.sources.GitSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettingRulesTest {

    @Test
    void acceptsShippedDefaults() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment environment = context.getEnvironment().start();

            assertThatCode(() -> SettingRules.check(environment)).doesNotThrowAnyException();
        }
    }

    @Test
    void coversEveryTypedFieldOfSettingsRecords() throws ClassNotFoundException {
        Map<String, Class<?>> records = Map.of(
                "codevault.jobs", JobSettings.class,
                "codevault.archive", ArchiveLimits.class,
                "codevault.git", GitSettings.class,
                "codevault.auth", AuthSettings.class,
                "codevault.auth.passcode", AuthSettings.Passcode.class,
                "codevault.auth.webauthn", Class.forName("dev.codevault.backend.auth.passkey.WebAuthnSettings"),
                "codevault.mail.smtp", MailSettings.Smtp.class);
        Set<String> checked = SettingRules.ALL.stream().map(SettingRule::property).collect(Collectors.toSet());

        records.forEach((prefix, type) -> {
            for (RecordComponent component : type.getRecordComponents()) {
                if (isTyped(component.getType())) {
                    assertThat(checked).contains(prefix + "." + kebabCase(component.getName()));
                }
            }
        });
    }

    @Test
    void everyRuleRejectsUnreadableValue() {
        for (SettingRule rule : SettingRules.ALL) {
            Optional<String> problem = rule.check(settings(rule.property(), "not-a-value"));

            assertThat(problem).as(rule.property()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith(rule.environmentVariable() + " (" + rule.property() + ") is 'not-a-value'"));
        }
    }

    @Test
    void acceptsDurationForms() {
        SettingRule rule = SettingRule.duration("codevault.jobs.sweep-interval");

        for (String value : new String[] {"30s", "10m", "2h", "30d", "500ms", "PT30S"}) {
            assertThat(rule.check(settings(rule.property(), value))).as(value).isEmpty();
        }
    }

    @Test
    void rejectsZeroDuration() {
        SettingRule rule = SettingRule.duration("codevault.jobs.sweep-interval");

        assertThat(rule.check(settings(rule.property(), "0s"))).isPresent();
    }

    @Test
    void acceptsBooleanInAnyCase() {
        SettingRule rule = SettingRule.bool("codevault.git.allow-http");

        assertThat(rule.check(settings(rule.property(), "TRUE"))).isEmpty();
    }

    @Test
    void rejectsByteSizeWithUnit() {
        SettingRule rule = SettingRule.bytes("codevault.archive.max-file-bytes");

        assertThat(rule.check(settings(rule.property(), "2GB"))).isPresent();
    }

    @Test
    void namesAllowedChoices() {
        SettingRule rule = SettingRule.choice("codevault.mail.smtp.security", "STARTTLS", "TLS", "NONE");

        assertThat(rule.check(settings(rule.property(), "SSL"))).hasValue("CODEVAULT_MAIL_SMTP_SECURITY "
                + "(codevault.mail.smtp.security) is 'SSL', but it must be one of STARTTLS, TLS, NONE.");
    }

    @Test
    void shortensLongValue() {
        SettingRule rule = SettingRule.wholeNumber("codevault.jobs.threads", 1, Integer.MAX_VALUE);

        assertThat(rule.check(settings(rule.property(), "x".repeat(500)))).hasValueSatisfying(message ->
                assertThat(message).contains("'" + "x".repeat(60) + "...'"));
    }

    @Test
    void ignoresUnsetSetting() {
        SettingRule rule = SettingRule.wholeNumber("codevault.jobs.threads", 1, Integer.MAX_VALUE);

        assertThat(rule.check(settings("codevault.other", "1"))).isEmpty();
    }

    private static boolean isTyped(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == Duration.class;
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static PropertySourcePropertyResolver settings(String property, String value) {
        return new PropertySourcePropertyResolver(PropertySource.of(Map.of(property, value)));
    }
}
