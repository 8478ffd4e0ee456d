package dev.codevault.backend.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupFailuresTest {

    @Test
    void dropsQueryStringFromUrl() {
        assertThat(StartupFailures.withoutSecrets("jdbc:mysql://db:3306/cv?user=a&password=secret"))
                .isEqualTo("jdbc:mysql://db:3306/cv");
    }

    @Test
    void dropsUserInformationFromUrl() {
        assertThat(StartupFailures.withoutSecrets("jdbc:mysql://admin:secret@db:3306/cv"))
                .isEqualTo("jdbc:mysql://db:3306/cv");
    }

    @Test
    void dropsH2SettingsFromUrl() {
        assertThat(StartupFailures.withoutSecrets("jdbc:h2:file:/data/db/codevault;MODE=MySQL;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:/data/db/codevault");
    }
}
