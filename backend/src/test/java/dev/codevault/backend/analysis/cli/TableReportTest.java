package dev.codevault.backend.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableReportTest {

    @Test
    void replacesTerminalEscapesInNames() {
        assertThat(TableReport.printable("evil\u001b]0;PWNED\u0007\u001b[2J.java")).isEqualTo("evil?]0;PWNED??[2J.java");
    }

    @Test
    void replacesTextDirectionOverrides() {
        assertThat(TableReport.printable("invoice\u202Etxt.exe")).isEqualTo("invoice?txt.exe");
    }

    @Test
    void keepsOrdinaryUnicode() {
        assertThat(TableReport.printable("Größe_计算")).isEqualTo("Größe_计算");
    }
}
