package dev.codevault.backend.error;

import dev.codevault.common.error.Problem;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each {@link ApiException} into its {@link Problem}. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {ApiException.class, ExceptionHandler.class})
class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException exception) {
        // The message can quote the caller's own input, such as a path inside an uploaded archive: not logged.
        LOG.debug("{} {} answered {} ({})", request.getMethod(), request.getPath(), exception.status().getCode(),
                exception.problemType());
        Problem problem = Problem.of(exception.problemType(), exception.title(), exception.status().getCode(),
                exception.getMessage());
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(exception.status()).body(problem)
                .contentType(Problem.MEDIA_TYPE);
        Duration wait = exception.retryAfter();
        if (!wait.isNegative() && !wait.isZero()) {
            // Retry-After takes whole seconds, so a part of a second counts as a whole one and a retry is never early.
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return response;
    }
}
