package dev.codevault.desktop.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.error.Problem;
import dev.codevault.desktop.server.ServerProblemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** How failures read in the error banner. */
class ErrorDescriptionsTest {

    @Test
    void usesServersProblemDetail() {
        Problem problem = Problem.of("archive-rejected", "Archive rejected", 400, "The entry ../x leaves the "
                + "archive. Remove it and upload again.");

        PresentedError error = ErrorDescriptions.describe("Uploading app.zip", new HttpClientResponseException(
                "Bad Request", HttpResponse.badRequest(problem)));

        assertThat(error.whatFailed()).isEqualTo("Uploading app.zip failed.");
        assertThat(error.whatToDo()).isEqualTo(problem.detail());
    }

    @Test
    void namesFileThatNoLongerExists() {
        PresentedError error = ErrorDescriptions.describe("Uploading app.zip",
                new UncheckedIOException(new NoSuchFileException("/home/ann/app.zip")));

        assertThat(error.whatToDo()).isEqualTo("The file /home/ann/app.zip no longer exists. Choose it again, or "
                + "choose another file.");
    }

    @Test
    void explainsStatusWithoutProblem() {
        PresentedError error = ErrorDescriptions.describe("Deleting the vault", new HttpClientResponseException(
                "Forbidden", HttpResponse.status(HttpStatus.FORBIDDEN)));

        assertThat(error.whatToDo()).isEqualTo("Your role in this team does not allow this. Ask an admin of the "
                + "team.");
    }

    @Test
    void explainsStreamingCallsProblem() {
        PresentedError error = ErrorDescriptions.describe("Uploading app.zip", new ServerProblemException(413, null));

        assertThat(error.whatToDo()).startsWith("The file is larger than the server accepts.");
    }

    @Test
    void explainsUnreachableServer() {
        assertThat(ErrorDescriptions.whatToDo(new HttpClientException("Connect Error: Connection refused")))
                .isEqualTo("Cannot reach the server: it refused the connection. Check that the server runs and "
                        + "that the address is right.");
        assertThat(ErrorDescriptions.whatToDo(new ConnectException("Connection refused")))
                .startsWith("Cannot reach the server: it refused the connection.");
    }

    @Test
    void namesAddressThatRefusedConnection() {
        HttpClientException failure = new HttpClientException("Connect Error: Connection refused: /127.0.0.1:18080");

        String text = ErrorDescriptions.whyUnreachable(failure, "http://127.0.0.1:18080");

        assertThat(text).isEqualTo("Cannot reach the server at http://127.0.0.1:18080: it refused the connection. "
                + "Check that the server runs and that the address is right.");
    }

    @Test
    void tellsConnectionFailuresApart() {
        assertThat(ErrorDescriptions.isConnectionFailure(new HttpClientException("Connect Error: Connection refused")))
                .isTrue();
        assertThat(ErrorDescriptions.isConnectionFailure(new UncheckedIOException(new ConnectException("refused"))))
                .isTrue();
        assertThat(ErrorDescriptions.isConnectionFailure(new HttpClientResponseException("Forbidden",
                HttpResponse.status(HttpStatus.FORBIDDEN)))).isFalse();
        assertThat(ErrorDescriptions.isConnectionFailure(new UncheckedIOException(
                new NoSuchFileException("/home/ann/app.zip")))).isFalse();
        assertThat(ErrorDescriptions.isConnectionFailure(new UserFacingException("Choose a zip archive.")))
                .isFalse();
    }

    @Test
    void passesUserFacingMessageOn() {
        assertThat(ErrorDescriptions.whatToDo(new UserFacingException("Choose a zip archive."))).isEqualTo(
                "Choose a zip archive.");
    }
}
