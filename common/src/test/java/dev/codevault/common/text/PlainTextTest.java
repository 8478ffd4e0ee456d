package dev.codevault.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    private static final Pattern RULE = Pattern.compile(PlainText.REGEX);

    @ParameterizedTest
    @ValueSource(strings = {"Payments", "Zahlungsverkehr – 2026", "支付", "مدفوعات", "Team 🚀", "a", "#1",
        "family 👨\u200D👩\u200D👧"})
    void acceptsVisibleText(String name) {
        assertThat(RULE.matcher(name).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "carriage\rreturn", "tab\there", "next\u0085line", "line\u2028separator",
        "paragraph\u2029separator", "csi\u009Bcode", "right\u202Eto-left", "isolate\u2066x\u2069", "nul\u0000",
        "escape\u001b[31m", "\u200B\u200B", " ", "lone\uD800surrogate"})
    void rejectsInvisibleOrControllingText(String name) {
        assertThat(RULE.matcher(name).matches()).isFalse();
    }
}
