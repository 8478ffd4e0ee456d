package dev.codevault.backend.system;

import dev.codevault.backend.archive.ArchiveLimits;
import dev.codevault.backend.mail.Mailer;
import dev.codevault.backend.sources.GitSettings;
import dev.codevault.common.api.HealthReport;
import dev.codevault.common.api.HealthStatus;
import dev.codevault.common.api.ServerFeatures;
import dev.codevault.common.api.SystemApi;
import dev.codevault.common.api.VersionInfo;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashSet;
import java.util.Set;

/** Serves {@link SystemApi}: health for load balancers and the desktop app, and the server version. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SystemController implements SystemApi {

    private static final String PRODUCT = "CodeVault";

    private final HealthChecks healthChecks;
    private final BuildInfo buildInfo;
    private final ArchiveLimits archiveLimits;
    private final GitSettings gitSettings;
    private final Mailer mailer;

    SystemController(HealthChecks healthChecks, BuildInfo buildInfo, ArchiveLimits archiveLimits,
                     GitSettings gitSettings, Mailer mailer) {
        this.healthChecks = healthChecks;
        this.buildInfo = buildInfo;
        this.archiveLimits = archiveLimits;
        this.gitSettings = gitSettings;
        this.mailer = mailer;
    }

    @Override
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<HealthReport> health() {
        HealthReport report = healthChecks.check();
        HttpStatus status = report.status() == HealthStatus.UP ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
        return HttpResponse.<HealthReport>status(status).body(report);
    }

    @Override
    public VersionInfo version() {
        Set<String> features = new HashSet<>(Set.of(ServerFeatures.PASSCODE_SIGN_IN,
                ServerFeatures.PASSKEY_SIGN_IN));
        if (gitSettings.allowHttp()) {
            features.add(ServerFeatures.GIT_HTTP_REMOTES);
        }
        if (!mailer.isConfigured()) {
            features.add(ServerFeatures.DEVELOPMENT_MAIL);
        }
        return new VersionInfo(PRODUCT, buildInfo.version(), VersionInfo.CURRENT_API_VERSION, features,
                archiveLimits.maxArchiveBytes());
    }
}
