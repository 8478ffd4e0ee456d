package dev.codevault.desktop.server;

import dev.codevault.desktop.errors.ErrorDescriptions;
import dev.codevault.common.api.HealthCheck;
import dev.codevault.common.api.HealthReport;
import dev.codevault.common.api.HealthStatus;
import dev.codevault.common.api.SystemApi;
import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.api.VersionInfo;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the current server for its version and health and turns the response into a {@link ConnectionStatus}. */
@Singleton
public class ConnectionChecker {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionChecker.class);

    private final CurrentServer currentServer;
    private final SystemClient client;
    private final ServerLimits limits;

    ConnectionChecker(CurrentServer currentServer, SystemClient client, ServerLimits limits) {
        this.currentServer = currentServer;
        this.client = client;
        this.limits = limits;
    }

    /** Checks the current server; blocks for at most the client's timeouts, so never call it on the FX thread. */
    public ConnectionStatus check() {
        String server = currentServer.address().map(ServerAddress::toString).orElse("");
        if (server.isEmpty()) {
            return ConnectionStatus.of(ConnectionState.REFUSED, "No server address is accepted yet.");
        }
        try {
            VersionInfo version = client.version();
            if (version == null) {
                // The declarative client turns 404 into no value rather than an exception.
                return notCodeVault(server, HttpStatus.NOT_FOUND.getCode());
            }
            if (version.apiVersion() != VersionInfo.CURRENT_API_VERSION) {
                return incompatible(server, version);
            }
            limits.publishedArchiveLimit(version.archiveLimit());
            limits.publishedGitHttp(version.offers(ServerFeatures.GIT_HTTP_REMOTES));
            return withHealth(server, version);
        } catch (HttpClientResponseException e) {
            LOG.debug("The server at {} answered {} to a version request: {}", server, e.code(), e.getMessage());
            return notCodeVault(server, e.code());
        } catch (HttpClientException e) {
            LOG.debug("The server at {} is unreachable: {}", server, e.getMessage());
            return ConnectionStatus.of(ConnectionState.UNREACHABLE, ErrorDescriptions.whyUnreachable(e, server));
        }
    }

    private ConnectionStatus withHealth(String server, VersionInfo version) {
        HealthReport report;
        try {
            report = client.health().body();
        } catch (HttpClientResponseException e) {
            if (e.code() != HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
                throw e;
            }
            report = e.getResponse().getBody(HealthReport.class)
                    .orElse(new HealthReport(HealthStatus.DOWN, List.of()));
        }
        if (report.status() == HealthStatus.UP) {
            return new ConnectionStatus(ConnectionState.CONNECTED, "Connected to CodeVault " + version.version()
                    + " at " + server + ".", version.features());
        }
        String failing = report.checks().stream()
                .filter(check -> check.status() == HealthStatus.DOWN)
                .map(HealthCheck::detail)
                .collect(Collectors.joining(" "));
        return new ConnectionStatus(ConnectionState.UNHEALTHY, "The server at " + server + " has a problem: "
                + (failing.isEmpty() ? "it reports itself down." : failing)
                + " Ask your administrator to look at it.", version.features());
    }

    private static ConnectionStatus notCodeVault(String server, int status) {
        return ConnectionStatus.of(ConnectionState.INCOMPATIBLE, "The server at " + server + " answered HTTP "
                + status + " to " + SystemApi.VERSION_PATH + ", so it is not a CodeVault server or it is too old. "
                + "Check the address.");
    }

    private static ConnectionStatus incompatible(String server, VersionInfo version) {
        String newer = version.apiVersion() > VersionInfo.CURRENT_API_VERSION ? "Update this app" : "Ask your "
                + "administrator to update the server";
        return ConnectionStatus.of(ConnectionState.INCOMPATIBLE, "The server at " + server + " runs CodeVault "
                + version.version() + " with API version " + version.apiVersion() + ", but this app speaks version "
                + VersionInfo.CURRENT_API_VERSION + ". " + newer + ".");
    }
}
