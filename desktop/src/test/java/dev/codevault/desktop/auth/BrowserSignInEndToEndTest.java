package dev.codevault.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.auth.AccountInfo;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.StartupOptions;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerUrlPolicy;
import dev.codevault.desktop.testing.BackendProcess;
import dev.codevault.desktop.testing.HeadlessChromium;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.uri.UriBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole browser sign-in, end to end: the desktop app's {@link BrowserSignIn} opens the real backend's sign-in
 * page in headless Chromium with a virtual authenticator; the person signs in with a passcode and creates a
 * passkey, then signs in again with the passkey alone; each time the app's loopback receiver gets a code that yields
 * tokens for the same account.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserSignInEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String email = "browser-" + UUID.randomUUID() + "@example.com";
    private BackendProcess backend;
    private HeadlessChromium chromium;
    private ApplicationContext context;
    private PageOpener opener;

    @BeforeAll
    void start() throws Exception {
        backend = BackendProcess.start();
        chromium = HeadlessChromium.start();
        opener = new PageOpener(chromium.driver());
        context = ApplicationContext.builder()
                .singletons(new StartupOptions(backend.url().toString(), null), opener)
                .start();
        context.getBean(CurrentServer.class).use(ServerUrlPolicy.check(backend.url().toString()));
    }

    @AfterAll
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        backend.close();
    }

    @Test
    @Order(1)
    void signsInWithPasscodeAndCreatesPasskey() throws Exception {
        CompletableFuture<TokenResponse> signIn = startSignIn();
        WebDriver page = opener.awaitPage();

        page.findElement(By.id("email")).sendKeys(email);
        page.findElement(By.id("passcode-request-button")).click();
        waitUntilVisible(page, "code").sendKeys(backend.awaitPasscodeFor(email));
        page.findElement(By.id("passcode-verify-button")).click();
        waitUntilVisible(page, "passkey-name").sendKeys("Test laptop");
        page.findElement(By.id("create-passkey-button")).click();

        TokenResponse tokens = signIn.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(accountOf(tokens).email()).isEqualTo(email);
        assertThat(page.getCurrentUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    @Order(2)
    void signsInWithPasskeyAlone() throws Exception {
        CompletableFuture<TokenResponse> signIn = startSignIn();
        WebDriver page = opener.awaitPage();

        page.findElement(By.id("passkey-button")).click();

        TokenResponse tokens = signIn.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(accountOf(tokens).email()).isEqualTo(email);
    }

    @Test
    @Order(3)
    void refusesRedirectThatIsNotLoopback() {
        WebDriver page = chromium.driver();
        URI address = UriBuilder.of(backend.url()).path("/sign-in")
                .queryParam("redirect_uri", "https://evil.example/callback").queryParam("state", "s")
                .queryParam("code_challenge", Pkce.generate().challenge())
                .queryParam("code_challenge_method", "S256").build();

        page.get(address.toString());

        assertThat(page.findElement(By.id("message")).getText()).contains("is not accepted");
        assertThat(page.findElements(By.id("passkey-button"))).isEmpty();
    }

    private CompletableFuture<TokenResponse> startSignIn() {
        BrowserSignIn browserSignIn = context.getBean(BrowserSignIn.class);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return browserSignIn.signIn(page -> {
                    throw new AssertionError("the test's browser opens every page");
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sign-in was interrupted", e);
            }
        });
    }

    private AccountInfo accountOf(TokenResponse tokens) {
        context.getBean(SessionTokens.class).store(context.getBean(CurrentServer.class).address().orElseThrow(),
                tokens);
        return context.getBean(AccountClient.class).account();
    }

    private static org.openqa.selenium.WebElement waitUntilVisible(WebDriver page, String id) {
        return new WebDriverWait(page, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Opens the sign-in page in the test's Chromium in place of the system browser, and lets the test take over. */
    static final class PageOpener implements BrowserLauncher {

        private final WebDriver driver;
        private volatile CountDownLatch opened = new CountDownLatch(1);

        PageOpener(WebDriver driver) {
            this.driver = driver;
        }

        @Override
        public void open(URI address) {
            driver.get(address.toString());
            opened.countDown();
        }

        WebDriver awaitPage() throws InterruptedException {
            assertThat(opened.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the app opened the sign-in page")
                    .isTrue();
            opened = new CountDownLatch(1);
            return driver;
        }
    }
}
