package dev.codevault.backend.sources;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of git code sources, under {@code codevault.git}.
 *
 * @param allowPrivateNetworks whether remotes may resolve to loopback, link-local or private addresses; off, so a
 *                             vault cannot point the server at itself or at the network behind it
 * @param allowHttp            whether plain {@code http} remotes are accepted; off, so credentials and code only
 *                             travel over TLS
 * @param idleTimeout          how long a read of the remote may wait without receiving data
 * @param maxDuration          how long one mirror run may take in total
 * @param checkTimeout         how long the access check before a vault is accepted may wait without data
 * @param maxRepositoryBytes   the largest vault repository a mirror run may leave on disk, in bytes
 * @param trustedCertificates  a PEM file of certificates that mirror connections trust besides the JDK's default
 *                             trust store, for git servers with a company or self-signed certificate; or
 *                             {@code null}
 */
@ConfigurationProperties("codevault.git")
public record GitSettings(
        @Bindable(defaultValue = "false") boolean allowPrivateNetworks,
        @Bindable(defaultValue = "false") boolean allowHttp,
        @Bindable(defaultValue = "60s") Duration idleTimeout,
        @Bindable(defaultValue = "2h") Duration maxDuration,
        @Bindable(defaultValue = "30s") Duration checkTimeout,
        @Bindable(defaultValue = "10737418240") @Positive long maxRepositoryBytes,
        @Nullable Path trustedCertificates) {

    /** Returns the rules for the addresses a remote may resolve to. */
    public NetworkPolicy networkPolicy() {
        return new NetworkPolicy(allowPrivateNetworks, allowHttp);
    }
}
