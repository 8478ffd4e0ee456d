package dev.codevault.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.auth.SessionTokens;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.InlineBackground;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sign-in view model's passcode steps against the real backend, started as a process on its embedded defaults:
 * without SMTP settings it prints the passcode in its log, where the test reads it as a person reads their mail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInFlowTest {

    private BackendProcess backend;
    private ApplicationContext context;

    @BeforeAll
    void start() throws Exception {
        backend = BackendProcess.start();
        System.setProperty("codevault.settings-dir", Files.createTempDirectory("codevault-settings").toString());
        context = ApplicationContext.builder()
                .singletons(new StartupOptions(backend.url().toString(), null), new InlineBackground())
                .start();
    }

    @AfterAll
    void stop() throws Exception {
        context.close();
        backend.close();
    }

    @Test
    void signsInWithPrintedPasscode() throws Exception {
        SignInViewModel viewModel = viewModel();
        String email = "desktop-" + UUID.randomUUID() + "@example.com";
        viewModel.emailProperty().set(email);

        viewModel.requestPasscode();
        assertThat(viewModel.getStage()).isEqualTo(SignInStage.ENTER_CODE);
        viewModel.codeProperty().set(backend.awaitPasscodeFor(email));
        viewModel.submitPasscode();

        assertThat(viewModel.getStage()).isEqualTo(SignInStage.SIGNED_IN);
        assertThat(viewModel.getSignInMessage()).isEqualTo("Signed in as " + email + ".");
        assertThat(context.getBean(SessionTokens.class).current()).isPresent();
    }

    @Test
    void showsServerMessageForWrongCode() {
        SignInViewModel viewModel = viewModel();
        viewModel.emailProperty().set("desktop-" + UUID.randomUUID() + "@example.com");
        viewModel.requestPasscode();

        viewModel.codeProperty().set("AAAA-AAAA");
        viewModel.submitPasscode();

        assertThat(viewModel.getStage()).isEqualTo(SignInStage.ENTER_CODE);
        assertThat(viewModel.getSignInError()).contains("The passcode is wrong");
        assertThat(viewModel.isBusy()).isFalse();
    }

    @Test
    void sendsNewPasscodeAfterLastWrongCode() throws Exception {
        SignInViewModel viewModel = viewModel();
        String email = "desktop-" + UUID.randomUUID() + "@example.com";
        viewModel.emailProperty().set(email);
        viewModel.requestPasscode();
        String first = backend.awaitPasscodeFor(email);
        viewModel.codeProperty().set("AAAA-AAAA");
        for (int attempt = 0; attempt < 10 && !viewModel.isPasscodeClosed(); attempt++) {
            viewModel.submitPasscode();
        }
        assertThat(viewModel.isPasscodeClosed()).isTrue();

        viewModel.requestNewPasscode();
        viewModel.codeProperty().set(backend.awaitPasscodeAfter(email, first));
        viewModel.submitPasscode();

        assertThat(viewModel.getStage()).isEqualTo(SignInStage.SIGNED_IN);
    }

    private SignInViewModel viewModel() {
        SignInViewModel viewModel = context.getBean(SignInViewModel.class);
        viewModel.useConfiguredServer();
        return viewModel;
    }
}
