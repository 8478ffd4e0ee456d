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
    MasterKey masterKey(@Nullable @Property(name = "codevault.master-key") String configuredKey,
                        @Nullable @Property(name = "codevault.master-key-file") String configuredKeyFile,
                        DataFolders folders, DatabaseKind databaseKind, MasterKeyLedger ledger, Clock clock) {
        Set<String> knownIds = ledger.findAll().stream().map(MasterKeyRecord::keyId).collect(Collectors.toSet());
        MasterKey key = new MasterKeyLoader(folders, databaseKind, new SecureRandom())
                .load(configuredKey, configuredKeyFile, !knownIds.isEmpty());

        if (knownIds.isEmpty()) {
            ledger.save(new MasterKeyRecord(key.keyId(), clock.instant()));
            LOG.info("Recorded master key {} as the key of this database", key.keyId());
        } else if (!knownIds.contains(key.keyId())) {
            throw new StartupProblem("the configured master key (id " + key.keyId() + ") is not the key this "
                    + "database was sealed with (id " + String.join(", ", knownIds) + "). Supply the original key "
                    + "through CODEVAULT_MASTER_KEY or CODEVAULT_MASTER_KEY_FILE.");
        }
        LOG.info("Master key {} loaded", key.keyId());
        return key;
    }
}
