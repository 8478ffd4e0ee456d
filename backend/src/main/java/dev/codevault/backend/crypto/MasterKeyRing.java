package dev.codevault.backend.crypto;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The master keys this process knows: the current key, which seals every new value, and the previous keys, which
 * only open values sealed before a rotation. The previous keys are needed until the rotation command has re-sealed
 * every value under the current key.
 */
public final class MasterKeyRing {

    private final MasterKey current;
    private final Map<String, MasterKey> byId;

    private MasterKeyRing(MasterKey current, Map<String, MasterKey> byId) {
        this.current = current;
        this.byId = byId;
    }

    /** Returns a ring of the current key and the previous keys; a previous key equal to the current one is ignored. */
    public static MasterKeyRing of(MasterKey current, Collection<MasterKey> previous) {
        Map<String, MasterKey> byId = new LinkedHashMap<>();
        byId.put(current.keyId(), current);
        for (MasterKey key : previous) {
            byId.putIfAbsent(key.keyId(), key);
        }
        return new MasterKeyRing(current, Map.copyOf(byId));
    }

    /** Returns a ring of one key, without previous keys. */
    public static MasterKeyRing of(MasterKey current) {
        return of(current, List.of());
    }

    /** Returns the key that seals new values. */
    public MasterKey current() {
        return current;
    }

    /** Finds a key by its id, current or previous. */
    public Optional<MasterKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    /** Returns the ids of every key in the ring. */
    public Set<String> keyIds() {
        return byId.keySet();
    }

    @Override
    public String toString() {
        return "MasterKeyRing[current=" + current.keyId() + ", keys=" + byId.keySet() + "]";
    }
}
