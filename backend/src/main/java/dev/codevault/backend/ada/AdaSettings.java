package dev.codevault.backend.ada;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Settings under {@code codevault.ada}: the OpenAI-compatible AI service that writes Ada's answers.
 *
 * @param baseUrl the service's API address, for example {@code https://api.openai.com/v1}
 * @param apiKey  the key the service expects; never logged
 * @param model   the model name, for example {@code gpt-4o-mini}
 */
@ConfigurationProperties("codevault.ada")
record AdaSettings(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model) {

    /** Returns whether every setting is made. */
    boolean complete() {
        return isSet(baseUrl) && isSet(apiKey) && isSet(model);
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "AdaSettings[baseUrl=" + baseUrl + ", apiKey=" + (isSet(apiKey) ? "(hidden)" : "(unset)") + ", model="
                + model + "]";
    }
}
