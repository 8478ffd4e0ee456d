package dev.codevault.backend.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for git remote URLs, one by one: https only, no local forms, no credentials inside the URL, and no host
 * that resolves to a loopback, link-local or private address unless the administrator allows it. Host names are
 * IP literals or {@code localhost}, so no test queries a name server.
 */
class RemoteUrlPolicyTest {

    private final RemoteUrlPolicy strict = new RemoteUrlPolicy(NetworkPolicy.STRICT);

    @Nested
    class Schemes {

        @Test
        void acceptsHttpsAndNormalisesHost() {
            RemoteUrl url = strict.parse("  HTTPS://GitHub.com/Example/App.git ");

            assertThat(url.toString()).isEqualTo("https://github.com/Example/App.git");
        }

        @Test
        void rejectsPlainHttp() {
            RemoteUrlException rejected = rejectedForm("http://github.com/example/app.git");

            assertThat(rejected.getMessage()).contains("http://github.com/example/app.git");
            assertThat(rejected.getMessage()).contains("https only");
            assertThat(rejected.getMessage()).contains("SSH is not supported");
            assertThat(rejected.getMessage()).contains("enter the https URL");
        }

        @Test
        void acceptsPlainHttpWhenAllowed() {
            RemoteUrlPolicy withHttp = new RemoteUrlPolicy(new NetworkPolicy(false, true));

            assertThat(withHttp.parse("http://github.com/example/app.git").toString())
                    .isEqualTo("http://github.com/example/app.git");
        }

        @Test
        void rejectsGitProtocol() {
            RemoteUrlException rejected = rejectedForm("git://github.com/example/app.git");

            assertThat(rejected.getMessage()).contains("git: of git://github.com/example/app.git is not supported");
            assertThat(rejected.getMessage()).contains("https only");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ssh://git@github.com/example/app.git", "git+ssh://github.com/example/app.git",
            "SSH://github.com/example/app.git"})
        void rejectsSshUrl(String url) {
            RemoteUrlException rejected = rejectedForm(url);

            assertThat(rejected.getMessage()).contains("SSH URLs such as");
            assertThat(rejected.getMessage()).contains("are not supported");
            assertThat(rejected.getMessage()).contains("https URL");
        }

        @Test
        void rejectsScpLikeSshForm() {
            RemoteUrlException rejected = rejectedForm("git@github.com:example/app.git");

            assertThat(rejected.getMessage()).contains("github.com:example/app.git");
            assertThat(rejected.getMessage()).contains("SSH URLs such as");
        }

        @Test
        void rejectsFtp() {
            RemoteUrlException rejected = rejectedForm("ftp://example.com/app.git");

            assertThat(rejected.getMessage()).contains("ftp: of ftp://example.com/app.git is not supported");
        }
    }

    @Nested
    class LocalForms {

        @ParameterizedTest
        @ValueSource(strings = {"file:///srv/git/app.git", "FILE:/srv/git/app.git", "/srv/git/app.git",
            "./app.git", "../app.git", "~/app.git", "C:\\repos\\app.git", "C:/repos/app.git",
            "\\\\server\\share\\app.git"})
        void rejectsLocalPathOrFileUrl(String url) {
            RemoteUrlException rejected = rejectedForm(url);

            assertThat(rejected.getMessage()).contains("Local paths and file: URLs such as");
            assertThat(rejected.getMessage()).contains(url);
            assertThat(rejected.getMessage()).contains("Enter the repository's https URL");
        }

        @Test
        void rejectsBareWord() {
            RemoteUrlException rejected = rejectedForm("app.git");

            assertThat(rejected.getMessage()).contains("'app.git' is not a URL");
        }

        @Test
        void rejectsEmptyValue() {
            RemoteUrlException rejected = rejectedForm("   ");

            assertThat(rejected.getMessage()).contains("Enter the repository's https URL");
        }
    }

    @Nested
    class EmbeddedCredentials {

        @Test
        void rejectsUserAndPassword() {
            RemoteUrlException rejected = rejectedForm("https://reader:glpat-secret42@gitlab.com/example/app.git");

            assertThat(rejected.getMessage()).contains("https://gitlab.com/example/app.git");
            assertThat(rejected.getMessage()).contains("contains a user name or password");
            assertThat(rejected.getMessage()).contains("enter them as the credentials");
            assertThat(rejected.getMessage()).doesNotContain("glpat-secret42").doesNotContain("reader");
        }

        @Test
        void rejectsTokenAsUserName() {
            RemoteUrlException rejected = rejectedForm("https://ghp_secret42@github.com/example/app.git");

            assertThat(rejected.getMessage()).contains("contains a user name or password");
            assertThat(rejected.getMessage()).doesNotContain("ghp_secret42");
        }

        @Test
        void hidesPasswordWithSlash() {
            RemoteUrlException rejected = rejectedForm("https://reader:pa/ss42@github.com/example/app.git");

            assertThat(rejected.getMessage()).doesNotContain("pa/ss42").doesNotContain("ss42");
        }

        @Test
        void hidesPasswordOfScpLikeForm() {
            RemoteUrlException rejected = rejectedForm("reader:hunter42@github.com:example/app.git");

            assertThat(rejected.getMessage()).contains("SSH URLs such as");
            assertThat(rejected.getMessage()).doesNotContain("hunter42");
        }

        @Test
        void rejectsTokenInQuery() {
            RemoteUrlException rejected = rejectedForm("https://github.com/example/app.git?token=secret42");

            assertThat(rejected.getMessage()).contains("has a query or fragment");
            assertThat(rejected.getMessage()).doesNotContain("secret42");
        }
    }

    @Nested
    class Addresses {

        @ParameterizedTest
        @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "[::1]", "localhost"})
        void rejectsLoopbackHost(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"169.254.169.254", "[fe80::1]"})
        void rejectsLinkLocalHost(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.254", "192.168.0.1",
            "192.168.255.254"})
        void rejectsPrivateIpv4Host(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"[fd00::1]", "[fc12:3456::1]"})
        void rejectsUniqueLocalIpv6Host(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"[::ffff:127.0.0.1]", "[::ffff:10.1.2.3]", "[::ffff:c0a8:101]"})
        void rejectsIpv4MappedHost(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.0.0.0", "100.64.0.1", "[::]"})
        void rejectsOtherNonPublicHost(String host) {
            assertBlocked(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"172.15.255.254", "172.32.0.1", "8.8.8.8", "[2606:4700::1111]"})
        void acceptsPublicAddress(String host) {
            assertThatCode(() -> strict.check("https://" + host + "/example/app.git")).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"127.0.0.1", "[::1]", "localhost", "169.254.169.254", "10.0.0.1", "172.16.0.1",
            "192.168.0.1", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]"})
        void acceptsNonPublicHostWhenAdminAllows(String host) {
            RemoteUrlPolicy allowing = new RemoteUrlPolicy(new NetworkPolicy(true, false));

            assertThatCode(() -> allowing.check("https://" + host + "/example/app.git")).doesNotThrowAnyException();
        }

        private void assertBlocked(String host) {
            RemoteUrlException rejected = catchThrowableOfType(
                    () -> strict.check("https://" + host + ":8443/example/app.git"), RemoteUrlException.class);

            assertThat(rejected).as("rejection of %s", host).isNotNull();
            assertThat(rejected.getMessage()).contains("The host " + host + " resolves to");
            assertThat(rejected.getMessage()).contains("a loopback, link-local or private address");
            assertThat(rejected.getMessage()).contains("codevault.git.allow-private-networks");
        }
    }

    @Nested
    class MalformedUrls {

        @ParameterizedTest
        @ValueSource(strings = {"https://127.1/x.git", "https://exa mple.com/app.git", "https://[::1/app.git",
            "https:///app.git"})
        void namesUrlAndValidExample(String url) {
            RemoteUrlException rejected = rejectedForm(url);

            assertThat(rejected.getMessage()).contains(url + " is not a valid URL with a host name");
            assertThat(rejected.getMessage()).contains("for example https://github.com/example/app.git");
        }

        @ParameterizedTest
        @ValueSource(strings = {"99999", "65536", "0"})
        void rejectsPortOutOfRange(String port) {
            RemoteUrlException rejected = rejectedForm("https://example.com:" + port + "/app.git");

            assertThat(rejected.getMessage()).contains("The port " + port + " of the repository URL");
            assertThat(rejected.getMessage()).contains("a number from 1 to 65535");
        }

        @Test
        void acceptsHighestPort() {
            assertThat(strict.parse("https://example.com:65535/app.git").toString())
                    .isEqualTo("https://example.com:65535/app.git");
        }
    }

    @Nested
    class CommandLineAdvice {

        private final RemoteUrlPolicy commandLine = new RemoteUrlPolicy(NetworkPolicy.STRICT,
                ReadContext.COMMAND_LINE);

        @Test
        void blockedAddressNamesOptionAndVariable() {
            RemoteUrlException rejected = catchThrowableOfType(
                    () -> commandLine.check("https://127.0.0.1/example/app.git"), RemoteUrlException.class);

            assertThat(rejected.getMessage()).contains("--allow-private-networks");
            assertThat(rejected.getMessage()).contains("CODEVAULT_GIT_ALLOW_PRIVATE_NETWORKS=true");
            assertThat(rejected.getMessage()).doesNotContain("administrator");
        }

        @Test
        void embeddedPasswordNamesVariables() {
            RemoteUrlException rejected = catchThrowableOfType(
                    () -> commandLine.parse("https://reader:secret42@example.com/app.git"), RemoteUrlException.class);

            assertThat(rejected.getMessage()).contains("CODEVAULT_GIT_USERNAME and CODEVAULT_GIT_TOKEN");
            assertThat(rejected.getMessage()).doesNotContain("stored sealed").doesNotContain("secret42");
        }

        @Test
        void sshUrlNamesVariables() {
            RemoteUrlException rejected = catchThrowableOfType(
                    () -> commandLine.parse("ssh://git@example.com/app.git"), RemoteUrlException.class);

            assertThat(rejected.getMessage()).contains("https URL").contains("CODEVAULT_GIT_TOKEN");
        }

        @Test
        void fileUrlSuggestsLocalPath() {
            RemoteUrlException rejected = catchThrowableOfType(
                    () -> commandLine.parse("file:///srv/git/app.git"), RemoteUrlException.class);

            assertThat(rejected.getMessage()).contains("Pass the local path itself");
            assertThat(rejected.getMessage()).doesNotContain("cannot be mirrored");
        }
    }

    private RemoteUrlException rejectedForm(String url) {
        RemoteUrlException rejected = catchThrowableOfType(() -> strict.parse(url), RemoteUrlException.class);
        assertThat(rejected).as("rejection of %s", url).isNotNull();
        return rejected;
    }
}
