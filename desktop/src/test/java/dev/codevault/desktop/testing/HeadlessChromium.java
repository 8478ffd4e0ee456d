package dev.codevault.desktop.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver through Selenium, with a virtual platform
 * authenticator that stores discoverable passkeys and verifies the user, as Windows Hello or Touch ID would. It
 * starts with a fresh profile and without background networking, so it only talks to the test's servers.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File BROWSER = new File(System.getProperty("codevault.chromium", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("codevault.chromedriver",
            "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts the browser with a virtual authenticator.
     *
     * @throws IllegalStateException when Chromium or ChromeDriver is not installed, with the command that installs them
     */
    public static HeadlessChromium start() throws IOException {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("This test needs Debian's Chromium and ChromeDriver at " + BROWSER + " and "
                    + DRIVER + ". Install them with 'apt-get install chromium chromium-driver' (.ci/run does), or "
                    + "skip browser tests with -Dcodevault.skipBrowserTests=true.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("codevault-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
        return new HeadlessChromium(driver);
    }

    /** Returns the driver. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
