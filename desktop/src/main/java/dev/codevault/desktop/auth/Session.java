package dev.codevault.desktop.auth;

import dev.codevault.common.auth.RefreshTokenRequest;
import dev.codevault.common.auth.TokenResponse;
import dev.codevault.desktop.auth.store.CredentialStore;
import dev.codevault.desktop.auth.store.CredentialStoreException;
import dev.codevault.desktop.server.CurrentServer;
import dev.codevault.desktop.server.ServerAddress;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in session: keeps the tokens in memory with the server that issued them, the refresh token in the
 * {@link CredentialStore} so the next start signs in silently, and refreshes the access token before it expires. It
 * sends the refresh token only while its issuer is the current server. Methods that call the server block, so call
 * them off the JavaFX thread; listeners run on the thread that ended the session.
 */
@Singleton
public class Session {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final Duration RETRY_AFTER_NETWORK_FAILURE = Duration.ofSeconds(30);
    private static final String KEY_PREFIX = "refresh-token@";

    private final SessionTokens tokens;
    private final Provider<CredentialStore> store;
    private final AuthClient auth;
    private final CurrentServer currentServer;
    private final List<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "codevault-token-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> nextRefresh;

    /**
     * Creates the session; the credential store opens at its first use, which may probe the system's store, so
     * it happens off the JavaFX thread.
     */
    public Session(SessionTokens tokens, Provider<CredentialStore> store, AuthClient auth, CurrentServer currentServer) {
        this.tokens = tokens;
        this.store = store;
        this.auth = auth;
        this.currentServer = currentServer;
    }

    /**
     * Starts a session with the tokens of a sign-in: keeps them, saves the refresh token for the server that issued
     * them and schedules the first refresh.
     *
     * @param issuer the server that issued the tokens
     * @throws SignInFailedException when the issuer is no longer the current server, because the user entered another
     *                               address during the sign-in. The tokens are not kept then.
     */
    public synchronized void start(ServerAddress issuer, TokenResponse issued) {
        if (!isCurrent(issuer)) {
            LOG.info("Dropped the tokens of a sign-in on {}, because the server address changed meanwhile", issuer);
            throw SignInFailedException.serverChanged(issuer);
        }
        keep(issuer, issued);
        keepRefreshToken(storeKey(issuer), issued.refreshToken());
        LOG.info("Signed in");
    }

    /** Keeps the tokens in memory with their issuer and schedules their refresh. The caller saves the refresh token. */
    private void keep(ServerAddress issuer, TokenResponse issued) {
        tokens.store(issuer, issued);
        scheduleRefresh(refreshDelay(issued.expiresIn()));
        LOG.debug("The access token is refreshed in {} s", refreshDelay(issued.expiresIn()).toSeconds());
    }

    /**
     * Signs in silently with the refresh token saved at the last run against the current server.
     *
     * @return the new tokens, or empty when none was saved
     * @throws SavedSessionRejectedException when the server no longer accepts the saved token, which is deleted
     * @throws HttpClientException when the server cannot be reached, so the saved token is kept for a retry
     */
    public synchronized Optional<TokenResponse> resume() {
        Optional<ServerAddress> server = currentServer.address();
        if (server.isEmpty()) {
            return Optional.empty();
        }
        ServerAddress issuer = server.get();
        String key = storeKey(issuer);
        Optional<String> saved = store.get().read(key);
        if (saved.isEmpty()) {
            return Optional.empty();
        }

        try {
            TokenResponse renewed = auth.refresh(new RefreshTokenRequest(saved.get()));
            keep(issuer, renewed);
            keepRefreshToken(key, renewed.refreshToken());
            LOG.info("Signed in silently with the saved session");
            return Optional.of(renewed);
        } catch (HttpClientResponseException e) {
            if (e.code() == HttpStatus.UNAUTHORIZED.getCode() || e.code() == HttpStatus.BAD_REQUEST.getCode()) {
                LOG.info("The server no longer accepts the saved session ({}); signing in again", e.code());
                store.get().delete(key);
                throw new SavedSessionRejectedException(e.code());
            }
            throw e;
        }
    }

    /** Returns whether someone is signed in. */
    public boolean active() {
        return tokens.current().isPresent();
    }

    /**
     * Replaces the tokens with new ones now. A rejected refresh ends the session and notifies the listeners. A
     * network failure keeps the session and tries again later. When the current server is no longer the one that
     * issued the tokens, it ends the session and notifies the listeners without calling any server.
     */
    public synchronized void refresh() {
        Optional<TokenResponse> current = tokens.current();
        Optional<ServerAddress> issuer = tokens.issuer();
        if (current.isEmpty() || issuer.isEmpty()) {
            return;
        }
        if (!isCurrent(issuer.get())) {
            LOG.info("Ended the session of {} without refreshing it, because the server address changed",
                    issuer.get());
            end("The server address changed, so your session on " + issuer.get() + " ended. Sign in again.");
            return;
        }
        try {
            TokenResponse renewed = auth.refresh(new RefreshTokenRequest(current.get().refreshToken()));
            keep(issuer.get(), renewed);
            keepRefreshToken(storeKey(issuer.get()), renewed.refreshToken());
        } catch (HttpClientResponseException e) {
            LOG.info("The server rejected the token refresh ({}); the session ended", e.code());
            end("Your session ended on the server. Sign in again.");
        } catch (HttpClientException e) {
            LOG.warn("Refreshing the access token failed, trying again in {} s: {}",
                    RETRY_AFTER_NETWORK_FAILURE.toSeconds(), e.getMessage());
            scheduleRefresh(RETRY_AFTER_NETWORK_FAILURE);
        }
    }

    /**
     * Signs out: ends the session on the server that issued the tokens when it is still the current server and can
     * be reached, and removes the session from this app in any case.
     */
    public synchronized void signOut() {
        Optional<TokenResponse> current = tokens.current();
        Optional<ServerAddress> issuer = tokens.issuer();
        if (current.isPresent() && issuer.isPresent()) {
            signOutOnServer(issuer.get(), current.get());
        }
        end("You are signed out.");
    }

    private void signOutOnServer(ServerAddress issuer, TokenResponse current) {
        if (!isCurrent(issuer)) {
            // The session then ends on the issuer when its refresh token expires.
            LOG.info("Signed out of {} in this app only, because the server address changed", issuer);
            return;
        }
        try {
            auth.signOut(new RefreshTokenRequest(current.refreshToken()));
        } catch (HttpClientException e) {
            // The server may be unreachable; the session then ends there when its refresh token expires.
            LOG.warn("Ending the session on the server failed: {}", e.getMessage());
        }
    }

    /**
     * Ends the session in this app only, without a call to any server: clears the tokens and deletes the refresh
     * token saved for their issuer. It is for a sign-in whose server the user left before it completed, so it does
     * not notify the end listeners.
     */
    public synchronized void discard(ServerAddress issuer) {
        forget();
        store.get().delete(storeKey(issuer));
        LOG.info("Dropped the signed-in session of {}, because the server address changed", issuer);
    }

    /** Adds a listener that gets the reason when the session ends by sign-out, rejection or expiry. */
    public void onEnd(Consumer<String> listener) {
        endListeners.add(listener);
    }

    /**
     * Returns how long to wait before refreshing an access token that expires in the given number of seconds: at
     * four fifths of its lifetime, at least a minute before it expires, and never sooner than in five seconds.
     */
    static Duration refreshDelay(long expiresInSeconds) {
        long seconds = Math.min(expiresInSeconds * 4 / 5, expiresInSeconds - 60);
        return Duration.ofSeconds(Math.max(5, seconds));
    }

    /**
     * Forgets the tokens, deletes the refresh token saved for their issuer, or for the current server when no one is
     * signed in, and notifies the listeners.
     */
    private void end(String reason) {
        Optional<ServerAddress> savedFor = tokens.issuer().or(currentServer::address);
        forget();
        savedFor.map(Session::storeKey).ifPresent(store.get()::delete);
        endListeners.forEach(listener -> listener.accept(reason));
    }

    /** Forgets the tokens in memory and cancels their refresh. The caller deletes the saved refresh token. */
    private void forget() {
        tokens.clear();
        if (nextRefresh != null) {
            nextRefresh.cancel(false);
        }
    }

    private void keepRefreshToken(String key, String refreshToken) {
        try {
            store.get().write(key, refreshToken);
        } catch (CredentialStoreException e) {
            // The session works without it; only the next start requires a new sign-in.
            LOG.warn("{}", e.getMessage());
        }
    }

    // NOTE: refreshes run on this schedule only. A computer that sleeps past the access token's expiry sends requests
    // with an expired token until the overdue refresh runs right after waking, and those requests fail with 401.
    private void scheduleRefresh(Duration delay) {
        if (nextRefresh != null) {
            nextRefresh.cancel(false);
        }
        nextRefresh = scheduler.schedule(this::refresh, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    // NOTE: the client resolves the current server again when it sends the request. An address entered between this
    // check (or the address read in resume()) and that moment still receives the refresh token.
    private boolean isCurrent(ServerAddress issuer) {
        return currentServer.address().filter(issuer::equals).isPresent();
    }

    private static String storeKey(ServerAddress server) {
        return KEY_PREFIX + server;
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
