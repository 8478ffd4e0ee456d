package dev.codevault.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A check that every {@code labelFor="$id"} in the app's FXML views names a control defined earlier in the file. The
 * FXML loader resolves {@code $id} only to an element it has already read, so a label placed before its control
 * stays unlinked, and screen readers then announce the control without its label.
 */
class FxmlLabelLinksTest {

    private static final Path VIEWS = Path.of("src/main/resources");
    private static final Pattern LABEL_FOR = Pattern.compile("labelFor=\"\\$(\\w+)\"");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Test
    void labelsFollowTheirControls() throws IOException {
        List<String> unlinked = new ArrayList<>();

        for (Path view : views()) {
            unlinked.addAll(labelsBeforeControls(view.toString(), Files.readString(view)));
        }

        assertThat(unlinked).as("labels whose control comes later in the file; define the control first").isEmpty();
    }

    @Test
    void findsLabelBeforeItsControl() {
        String view = "<Label text=\"Name\" labelFor=\"$nameField\"/>\n<TextField fx:id=\"nameField\"/>";

        assertThat(labelsBeforeControls("View.fxml", view)).containsExactly("View.fxml: labelFor=\"$nameField\"");
    }

    @Test
    void acceptsControlDefinedFirst() {
        String view = "<fx:define><TextField fx:id=\"nameField\"/></fx:define>\n"
                + "<Label text=\"Name\" labelFor=\"$nameField\"/>\n<fx:reference source=\"nameField\"/>";

        assertThat(labelsBeforeControls("View.fxml", view)).isEmpty();
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(file -> file.toString().endsWith(".fxml")).sorted().toList();
        }
    }

    private static List<String> labelsBeforeControls(String name, String source) {
        String view = COMMENT.matcher(source).replaceAll("");
        List<String> unlinked = new ArrayList<>();
        Matcher labelFor = LABEL_FOR.matcher(view);
        while (labelFor.find()) {
            int control = view.indexOf("fx:id=\"" + labelFor.group(1) + "\"");
            if (control < 0 || control > labelFor.start()) {
                unlinked.add(name + ": " + labelFor.group());
            }
        }
        return unlinked;
    }
}
