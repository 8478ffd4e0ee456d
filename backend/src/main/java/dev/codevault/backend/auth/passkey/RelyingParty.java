package dev.codevault.backend.auth.passkey;

import dev.codevault.backend.auth.PublicUrl;
import com.webauthn4j.data.client.Origin;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The relying party passkeys are bound to: its RP id and the origins it accepts, from settings or the public URL. */
@Singleton
class RelyingParty {

    private final WebAuthnSettings settings;
    private final PublicUrl publicUrl;

    RelyingParty(WebAuthnSettings settings, PublicUrl publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    /** Returns the RP id. */
    String id() {
        String configured = settings.rpId();
        return configured == null || configured.isBlank() ? publicUrl.uri().getHost() : configured.strip();
    }

    /** Returns the name authenticators show. */
    String name() {
        return settings.rpName();
    }

    /** Returns the origins a browser may sign on. */
    Set<Origin> origins() {
        List<String> configured = settings.origins();
        List<String> origins = configured == null || configured.isEmpty() ? List.of(publicUrl.origin()) : configured;
        return origins.stream().map(String::strip).map(Origin::new).collect(Collectors.toUnmodifiableSet());
    }
}
