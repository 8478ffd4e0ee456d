package dev.codevault.desktop.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * HTTP client settings of {@link PasscodeRequestClient}: those of every client to the server, except for the read
 * timeout, which comes from {@code codevault.passcode-request.read-timeout}.
 */
@Singleton
class PasscodeRequestClientConfiguration extends HttpClientConfiguration {

    private final HttpClientConfiguration defaults;

    PasscodeRequestClientConfiguration(DefaultHttpClientConfiguration defaults,
                                       @Value("${codevault.passcode-request.read-timeout}") Duration readTimeout) {
        super(defaults);
        this.defaults = defaults;
        setReadTimeout(readTimeout);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return defaults.getConnectionPoolConfiguration();
    }
}
