package dev.codevault.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.codevault.common.error.Problem;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;

/** Calls the API over HTTP as one signed-in person, for tests. */
public final class Api {

    private final BlockingHttpClient client;
    private final String token;

    public Api(BlockingHttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** Sends a GET and returns the body. */
    public <T> T get(String path, Class<T> type) {
        return client.retrieve(authorised(HttpRequest.GET(path)), type);
    }

    /** Sends a GET and returns the body as a list. */
    public <T> List<T> getList(String path, Class<T> elementType) {
        return client.retrieve(authorised(HttpRequest.GET(path)), Argument.listOf(elementType));
    }

    /** Sends a POST with a JSON body and returns the response. */
    public <T> HttpResponse<T> post(String path, Object body, Class<T> type) {
        return client.exchange(authorised(HttpRequest.POST(path, body)), type);
    }

    /** Sends a PATCH with a JSON body and returns the body. */
    public <T> T patch(String path, Object body, Class<T> type) {
        return client.retrieve(authorised(HttpRequest.PATCH(path, body)), type);
    }

    /** Sends a PUT with a JSON body and returns the body as a vault. */
    public dev.codevault.common.vault.VaultView putBody(String path, Object body) {
        return client.retrieve(authorised(HttpRequest.PUT(path, body)), dev.codevault.common.vault.VaultView.class);
    }

    /** Sends a PUT with a JSON body and returns the body as a vault. */
    public dev.codevault.common.vault.VaultView patchPut(String path, Object body) {
        return putBody(path, body);
    }

    /** Returns the access token this client sends. */
    public String token() {
        return token;
    }

    /** Sends a DELETE and returns the response. */
    public HttpResponse<?> delete(String path) {
        return client.exchange(authorised(HttpRequest.DELETE(path)));
    }

    /** Uploads bytes as a raw {@code application/octet-stream} body and returns the response. */
    public <T> HttpResponse<T> upload(String path, byte[] bytes, Class<T> type) {
        return client.exchange(authorised(HttpRequest.POST(path, bytes)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)), type);
    }

    /** Sends a request that must fail and returns the failure, with its problem body checked to be present. */
    public HttpClientResponseException failure(MutableHttpRequest<?> request) {
        HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.exchange(authorised(request), Problem.class));
        assertThat(failure).as("%s %s should fail", request.getMethodName(), request.getPath()).isNotNull();
        return failure;
    }

    /** Returns the problem body of a failed request. */
    public static Problem problemOf(HttpClientResponseException failure) {
        return failure.getResponse().getBody(Problem.class).orElseThrow(
                () -> new AssertionError("the response of status " + failure.code() + " has no problem body"));
    }

    private <T> MutableHttpRequest<T> authorised(MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }
}
