package dev.codevault.backend.crypto;

import dev.codevault.backend.config.DataFolders;
import dev.codevault.backend.config.DatabaseKind;
import dev.codevault.backend.startup.StartupProblem;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the master key at start-up and checks it against the database, so a server never runs with a key that
 * cannot open what the database holds.
 */
@Factory
class MasterKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFactory.class);

    @Context
    MasterKeyRing masterKeyRing(@Nullable @Property(name = "codevault.master-key") String configuredKey,
                                @Nullable @Property(name = "codevault.master-key-file") String configuredKeyFile,
                                @Nullable @Property(name = "codevault.previous-master-keys") String previousKeys,
                                @Nullable @Property(name = "codevault.previous-master-keys-file")
                                String previousKeysFile,
                                DataFolders folders, DatabaseKind databaseKind, MasterKeyLedger ledger, Clock clock) {
        Set<String> knownIds = ledger.findAll().stream().map(MasterKeyRecord::keyId).collect(Collectors.toSet());
        MasterKeyLoader loader = new MasterKeyLoader(folders, databaseKind, new SecureRandom());
        MasterKey current = loader.load(configuredKey, configuredKeyFile, !knownIds.isEmpty());
        MasterKeyRing ring = MasterKeyRing.of(current, MasterKeyLoader.loadPrevious(previousKeys, previousKeysFile));

        requireEveryKnownKey(knownIds, ring);
        if (!knownIds.contains(current.keyId())) {
            ledger.save(new MasterKeyRecord(current.keyId(), clock.instant()));
            LOG.info("Recorded master key {} as the current key of this database", current.keyId());
        }
        warnAboutUnneededKeys(knownIds, ring);
        LOG.info("Master key {} loaded", current.keyId());
        return ring;
    }

    @Context
    MasterKey masterKey(MasterKeyRing ring) {
        return ring.current();
    }

    /** Stops the start when the database holds values sealed under a key that is not configured. */
    private static void requireEveryKnownKey(Set<String> knownIds, MasterKeyRing ring) {
        Set<String> missing = new TreeSet<>(knownIds);
        missing.removeAll(ring.keyIds());
        if (missing.isEmpty()) {
            return;
        }
        if (ring.keyIds().size() == 1) {
            throw new StartupProblem("the configured master key (id " + ring.current().keyId() + ") is not the key "
                    + "this database was sealed with (id " + String.join(", ", missing) + "). Supply the original "
                    + "key through CODEVAULT_MASTER_KEY or CODEVAULT_MASTER_KEY_FILE; to change keys, give the "
                    + "original key in CODEVAULT_PREVIOUS_MASTER_KEYS and run ./codevault rotate-master-key.");
        }
        throw new StartupProblem("the database holds values sealed under master key " + String.join(", ", missing)
                + ", which is not configured. Add it to CODEVAULT_PREVIOUS_MASTER_KEYS until ./codevault "
                + "rotate-master-key has re-sealed every value under the current key.");
    }

    private static void warnAboutUnneededKeys(Set<String> knownIds, MasterKeyRing ring) {
        for (String keyId : ring.keyIds()) {
            if (!keyId.equals(ring.current().keyId()) && !knownIds.contains(keyId)) {
                LOG.warn("Previous master key {} opens nothing in this database; remove it from the settings",
                        keyId);
            }
        }
    }
}
