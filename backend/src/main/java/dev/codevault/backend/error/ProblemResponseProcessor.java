package dev.codevault.backend.error;

import dev.codevault.common.error.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every error response of the server as a {@link Problem}: the framework's own errors (unknown route,
 * invalid body, failed validation) and those of the exception handlers alike.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private static final int UNAUTHORIZED = 401;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final String UNAUTHORIZED_DETAIL = "This call needs a valid access token in the Authorization "
            + "header, as 'Bearer <token>'. If the token expired, get a new one from /auth/token/refresh; otherwise "
            + "sign in again.";
    private static final String UNREADABLE_DETAIL = "The request body or a parameter could not be read. Send JSON "
            + "with the fields this call takes, each of the right type.";

    private final HttpServerConfiguration serverConfiguration;

    ProblemResponseProcessor(HttpServerConfiguration serverConfiguration) {
        this.serverConfiguration = serverConfiguration;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String title = response.reason();
        String detail;
        if (status >= 500) {
            detail = internalErrorDetail(context);
        } else if (status == UNAUTHORIZED) {
            detail = UNAUTHORIZED_DETAIL;
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        } else {
            detail = clientErrorDetail(context, status);
        }
        return response.body(new Problem(Problem.BLANK_TYPE, title, status, detail))
                .contentType(Problem.MEDIA_TYPE);
    }

    /**
     * Names the limit that applies: JSON and form bodies are held in memory up to the buffer size, while streamed
     * uploads may reach the request size.
     */
    private String tooLargeDetail(@Nullable Throwable failure) {
        long limit = failure instanceof ContentLengthExceededException
                ? serverConfiguration.getMaxRequestSize()
                : serverConfiguration.getMaxRequestBufferSize();
        return "The request body is too large. This call accepts at most " + limit + " bytes.";
    }

    /** Messages of server errors can quote SQL, paths or values, so the client gets a reference instead. */
    private static String internalErrorDetail(ErrorContext context) {
        String reference = UUID.randomUUID().toString();
        context.getRootCause().ifPresentOrElse(
                cause -> LOG.error("Request {} {} failed, reference {}", context.getRequest().getMethod(),
                        context.getRequest().getPath(), reference, cause),
                () -> LOG.error("Request {} {} failed, reference {}", context.getRequest().getMethod(),
                        context.getRequest().getPath(), reference));
        return "The server could not complete the request. Try again later; if it keeps failing, give the "
                + "administrator the reference " + reference + ".";
    }

    private String clientErrorDetail(ErrorContext context, int status) {
        Throwable failure = context.getRootCause().orElse(null);
        if (status == PAYLOAD_TOO_LARGE) {
            return tooLargeDetail(failure);
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return ValidationProblems.explain(invalid);
        }
        Optional<String> bindingProblem = RequestProblems.explain(failure);
        if (bindingProblem.isPresent()) {
            return bindingProblem.get();
        }
        if (!context.hasErrors()) {
            return null;
        }
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        // The JSON reader's own words name its classes and limits, not what the caller should change.
        if (detail.startsWith("Failed to convert argument") || detail.contains("StreamRead")) {
            return UNREADABLE_DETAIL;
        }
        return detail;
    }
}
