package dev.codevault.desktop.newvault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codevault.desktop.newvault.GitSourceCheck.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The git form's rules. */
class GitSourceCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://git.example.com/app.git | https only",
        "file:///srv/git/app.git | https only",
        "git@github.com:acme/app.git | https only",
        "https://user:pw@git.example.com/app.git | Remove the user name and password",
        "https:///app.git | names no server",
        "https://git.example.com/app.git?ref=main | after '?' or '#'",
        "https://git.example.com/my app.git | Remove spaces"})
    void rejectsUrl(String url, String message) {
        Map<Field, String> errors = GitSourceCheck.check("app", url, "", "", "");

        assertThat(errors.get(Field.URL)).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://git.example.com/app.git", "https://git.example.com/app.git"})
    void acceptsHttpWhenServerAllows(String url) {
        Map<Field, String> errors = GitSourceCheck.check("app", url, "", "", "", true);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///srv/git/app.git", "ftp://git.example.com/app.git"})
    void rejectsOtherSchemesWhenServerAllowsHttp(String url) {
        Map<Field, String> errors = GitSourceCheck.check("app", url, "", "", "", true);

        assertThat(errors.get(Field.URL)).contains("https or http only");
    }

    @Test
    void countsEmojiNameAsReaderSeesIt() {
        String emoji = "\uD83D\uDD25".repeat(200);

        Map<Field, String> errors = GitSourceCheck.check(emoji, "https://git.example.com/app.git", "", "", "");

        assertThat(errors).doesNotContainKey(Field.NAME);
    }

    @Test
    void rejectsNameOverLimit() {
        Map<Field, String> errors = GitSourceCheck.check("e\u0301".repeat(201), "https://git.example.com/app.git", "",
                "", "");

        assertThat(errors.get(Field.NAME)).contains("at most 200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-main", "feature..x", "topic/", "release.lock", "with space", "a~b", "x@{1}"})
    void rejectsBranch(String branch) {
        Map<Field, String> errors = GitSourceCheck.check("app", "https://git.example.com/app.git", branch, "", "");

        assertThat(errors.get(Field.BRANCH)).contains("is not a valid git branch name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "main", "release/2.1", "feature/JIRA-12_x"})
    void acceptsBranch(String branch) {
        Map<Field, String> errors = GitSourceCheck.check("app", "https://git.example.com/app.git", branch, "", "");

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | token | USERNAME",
        "ci-bot | '' | TOKEN",
        "ci-bot | 'line\nbreak' | TOKEN"})
    void checksCredentialsTogether(String username, String token, Field wrong) {
        Map<Field, String> errors = GitSourceCheck.check("app", "https://git.example.com/app.git", "", username,
                token);

        assertThat(errors).containsOnlyKeys(wrong);
    }
}
