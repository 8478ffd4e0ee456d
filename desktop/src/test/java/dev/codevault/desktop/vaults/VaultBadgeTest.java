package dev.codevault.desktop.vaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.common.vault.VaultState;
import dev.codevault.common.vault.VaultStatus;
import dev.codevault.desktop.testing.TestData;
import org.junit.jupiter.api.Test;

/** The words and styles of the status badges. */
class VaultBadgeTest {

    @Test
    void showsProgressWhereServerReportsIt() {
        VaultBadge badge = VaultBadge.of(new VaultState(VaultStatus.IMPORTING, null, 45, TestData.NOW), false);

        assertThat(badge.text()).isEqualTo("Importing 45%");
        assertThat(badge.styleClass()).isEqualTo("badge-importing");
    }

    @Test
    void showsStepWithoutProgress() {
        assertThat(VaultBadge.of(TestData.state(VaultStatus.ANALYSING), false).text()).isEqualTo("Analysing");
        assertThat(VaultBadge.of(TestData.state(VaultStatus.MIRRORING), true).text()).isEqualTo("Mirroring");
        assertThat(VaultBadge.of(TestData.state(VaultStatus.QUEUED), false).text()).isEqualTo("Queued");
    }

    @Test
    void failureCarriesReasonAndAction() {
        VaultBadge badge = VaultBadge.of(TestData.state(VaultStatus.FAILED), false);

        assertThat(badge.text()).isEqualTo("Failed");
        assertThat(badge.detail()).isEqualTo("The archive is corrupt. Upload it again.");
    }

    @Test
    void failureWithoutReasonSaysWhatToDo() {
        VaultBadge badge = VaultBadge.of(new VaultState(VaultStatus.FAILED, " ", null, TestData.NOW), false);

        assertThat(badge.detail()).contains("Upload the archive again");
    }

    @Test
    void emptyArchiveVaultAsksForDrop() {
        assertThat(VaultBadge.of(TestData.state(VaultStatus.EMPTY), false).detail()).contains("Drop a zip or tar");
    }
}
