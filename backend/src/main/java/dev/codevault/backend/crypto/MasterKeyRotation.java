package dev.codevault.backend.crypto;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-seals every sealed value under the current master key and then forgets the previous keys in
 * {@code master_keys}, after which the server starts with the current key alone.
 */
@Singleton
public class MasterKeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final List<ResealTarget> targets;
    private final MasterKeyRing keys;
    private final MasterKeyLedger ledger;

    MasterKeyRotation(List<ResealTarget> targets, MasterKeyRing keys, MasterKeyLedger ledger) {
        this.targets = targets;
        this.keys = keys;
        this.ledger = ledger;
    }

    /**
     * Re-seals every value and removes the other keys from the ledger once nothing is sealed under them.
     *
     * @return one line per kind of value with the number re-sealed
     * @throws IllegalStateException when values remain under another key, so the previous key is still needed
     */
    public List<String> rotate() {
        List<String> report = new ArrayList<>();
        for (ResealTarget target : targets) {
            int resealed = target.resealAll();
            report.add(target.description() + ": " + resealed + " re-sealed");
            LOG.info("Re-sealed {} {} under master key {}", resealed, target.description(), keys.current().keyId());
        }
        for (ResealTarget target : targets) {
            int left = target.countNotUnderCurrentKey();
            if (left > 0) {
                throw new IllegalStateException(left + " " + target.description() + " are still sealed under "
                        + "another key; run the command again, and keep the previous key configured until it "
                        + "succeeds");
            }
        }
        forgetOtherKeys(report);
        return report;
    }

    private void forgetOtherKeys(List<String> report) {
        for (MasterKeyRecord record : ledger.findAll()) {
            if (!record.keyId().equals(keys.current().keyId())) {
                ledger.delete(record);
                report.add("master key " + record.keyId() + " is no longer needed and can be removed");
                LOG.info("Master key {} is no longer needed", record.keyId());
            }
        }
    }
}
