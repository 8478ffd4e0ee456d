package dev.codevault.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.common.error.Problem;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.assertj.core.api.ThrowableAssert;

/** Runs a call that must fail with an HTTP error and returns the error, for assertions on status and problem. */
public final class Failures {

    private Failures() {
    }

    /** Returns the error response of a call, failing the test when the call succeeds. */
    public static HttpClientResponseException of(ThrowableAssert.ThrowingCallable call) {
        HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat(failure).as("the request should have failed").isNotNull();
        return failure;
    }

    /** Returns the problem detail of an error response, or an empty text when it has none. */
    public static String detailOf(HttpClientResponseException failure) {
        return failure.getResponse().getBody(Problem.class).map(Problem::detail).orElse("");
    }
}
