package dev.codevault.backend.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.backend.account.User;
import dev.codevault.backend.team.Team;
import dev.codevault.backend.team.TeamRole;
import dev.codevault.backend.testing.Api;
import dev.codevault.backend.testing.Archives;
import dev.codevault.backend.testing.MariaDbDatabase;
import dev.codevault.backend.testing.PipelineSettings;
import dev.codevault.backend.testing.Tables;
import dev.codevault.backend.testing.TestAccounts;
import dev.codevault.common.project.NameRequest;
import dev.codevault.common.project.ProjectView;
import dev.codevault.common.report.AnalysisDetails;
import dev.codevault.common.vault.CodeSourceKind;
import dev.codevault.common.vault.CreateVaultRequest;
import dev.codevault.common.vault.VaultView;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the database keeps of a vault reveals no path and no line of code. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaultSecrecyTest implements TestPropertyProvider {

    private static final String CANARY_FOLDER = "canaryfolder-zq9x";
    private static final String CANARY_FILE = "CanaryPathQ7w3";
    private static final String CANARY_CONTENT = "CANARY-CONTENT-8f3k2";

    private final MariaDbDatabase database = MariaDbDatabase.create();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Override
    public Map<String, String> getProperties() {
        return PipelineSettings.on(database);
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void keepsPlantedPathAndContentOutOfEveryTable() throws Exception {
        User user = accounts.createUser();
        Team team = accounts.createTeam("Secrecy");
        accounts.addMember(team, user, TeamRole.ADMIN);
        Api api = new Api(http.toBlocking(), accounts.accessToken(user));
        UUID vaultId = vaultWithPlantedCanary(api, team.id());

        List<String> leaks = findInEveryTable(CANARY_FOLDER, CANARY_FILE, CANARY_CONTENT);

        assertThat(api.get("/vaults/" + vaultId + "/versions/1/details", AnalysisDetails.class).files())
                .anySatisfy(file -> assertThat(file.path()).contains(CANARY_FILE));
        assertThat(leaks).isEmpty();
    }

    private UUID vaultWithPlantedCanary(Api api, UUID teamId) {
        UUID teamProject = api.post("/teams/" + teamId + "/projects", new NameRequest("Secrets"),
                ProjectView.class).body().id();
        UUID vaultId = api.post("/projects/" + teamProject + "/vaults",
                new CreateVaultRequest("planted", CodeSourceKind.ARCHIVE), VaultView.class).body().id();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CANARY_FOLDER + "/" + CANARY_FILE + ".java",
                "class " + CANARY_FILE + " {\n    String secret = \"" + CANARY_CONTENT + "\";\n}\n");
        files.put("README.md", "# A project\n\nNothing to see.\n");
        api.upload("/vaults/" + vaultId + "/archives?name=planted.zip", Archives.zip(files), VaultView.class);
        VaultPipelineTest.awaitSettled(api, vaultId);
        return vaultId;
    }

    /** Reads every column of every row of every table, as text and as raw bytes, looking for the needles. */
    private List<String> findInEveryTable(String... needles) throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Connection connection = database.connect()) {
            for (String table : Tables.namesIn(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            byte[] raw = rows.getBytes(column);
                            String text = raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1);
                            for (String needle : needles) {
                                if (text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                    leaks.add(table + "." + rows.getMetaData().getColumnName(column) + " holds "
                                            + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return leaks;
    }
}
