package dev.codevault.desktop.testing;

import dev.codevault.desktop.auth.store.CredentialStore;
import java.util.Map;
import java.util.Optional;

/** Keeps secrets in a map, like the system's credential store. */
public record MapCredentialStore(Map<String, String> secrets) implements CredentialStore {

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void write(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public String description() {
        return "a map in memory";
    }
}
