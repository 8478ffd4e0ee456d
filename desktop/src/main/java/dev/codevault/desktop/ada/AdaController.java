package dev.codevault.desktop.ada;

import dev.codevault.common.ada.AdaAuthor;
import dev.codevault.common.ada.AdaInsight;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Binds the Ada panel to its {@link AdaViewModel}. */
@Prototype
public class AdaController {

    private static final String STATE_STYLE_PREFIX = "ada-state-";

    private final AdaViewModel viewModel;

    @FXML
    private Label stateLabel;
    @FXML
    private VBox insightsPane;
    @FXML
    private VBox insightsBox;
    @FXML
    private ListView<ChatMessage> conversation;
    @FXML
    private VBox suggestionsPane;
    @FXML
    private VBox suggestionsBox;
    @FXML
    private TextArea questionField;
    @FXML
    private Button askButton;
    @FXML
    private Button stopButton;

    AdaController(AdaViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        stateLabel.textProperty().bind(viewModel.stateMessageProperty());
        viewModel.stateProperty().addListener((observable, before, after) -> styleState(after));
        styleState(viewModel.getState());

        viewModel.insights().addListener((ListChangeListener<AdaInsight>) change -> showInsights());
        showInsights();
        viewModel.suggestions().addListener((ListChangeListener<String>) change -> showSuggestions());
        showSuggestions();
        // Suggestions that cannot be asked would only take room from the conversation in a small window.
        suggestionsPane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.suggestions())
                .and(viewModel.stateProperty().isEqualTo(AdaState.AVAILABLE)));
        suggestionsPane.managedProperty().bind(suggestionsPane.visibleProperty());

        conversation.setItems(viewModel.messages());
        conversation.setCellFactory(view -> new MessageCell());
        conversation.setPlaceholder(new Label("Answers appear here."));
        viewModel.messages().addListener((ListChangeListener<ChatMessage>) change ->
                conversation.scrollTo(viewModel.messages().size() - 1));

        questionField.textProperty().bindBidirectional(viewModel.questionProperty());
        questionField.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(AdaState.AVAILABLE));
        questionField.addEventFilter(KeyEvent.KEY_PRESSED, this::sendOnEnter);
        askButton.disableProperty().bind(viewModel.canAskBinding().not());
        stopButton.visibleProperty().bind(viewModel.answeringProperty().isNotNull());
        stopButton.managedProperty().bind(stopButton.visibleProperty());
    }

    private void styleState(AdaState state) {
        stateLabel.getStyleClass().removeIf(style -> style.startsWith(STATE_STYLE_PREFIX));
        stateLabel.getStyleClass().add(STATE_STYLE_PREFIX + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void showInsights() {
        insightsBox.getChildren().setAll(viewModel.insights().stream().map(insight -> {
            Label title = new Label(insight.title());
            title.getStyleClass().add("text-bold");
            Label text = new Label(insight.text());
            text.setWrapText(true);
            return (javafx.scene.Node) new VBox(2, title, text);
        }).toList());
        insightsPane.setVisible(!viewModel.insights().isEmpty());
        insightsPane.setManaged(insightsPane.isVisible());
    }

    private void showSuggestions() {
        suggestionsBox.getChildren().setAll(viewModel.suggestions().stream().map(question -> {
            Button button = new Button(question);
            button.getStyleClass().addAll("small", "suggestion");
            button.setWrapText(true);
            button.disableProperty().bind(viewModel.answeringProperty().isNotNull());
            button.setOnAction(event -> viewModel.ask(question));
            return (javafx.scene.Node) button;
        }).toList());
    }

    private void sendOnEnter(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !event.isShiftDown()) {
            event.consume();
            viewModel.ask();
        }
    }

    @FXML
    private void ask() {
        viewModel.ask();
    }

    @FXML
    private void stop() {
        viewModel.stopAnswer();
    }

    /** One message, with its author; Ada's text grows while it streams. */
    private static final class MessageCell extends ListCell<ChatMessage> {

        private final Label author = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, author, text);

        MessageCell() {
            text.setWrapText(true);
            author.getStyleClass().add("text-muted");
            text.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(ChatMessage message, boolean empty) {
            super.updateItem(message, empty);
            text.textProperty().unbind();
            if (empty || message == null) {
                setGraphic(null);
                return;
            }
            author.setText(message.author() == AdaAuthor.ADA ? "Ada" : "You");
            text.textProperty().bind(message.textProperty());
            box.getStyleClass().setAll(message.author() == AdaAuthor.ADA ? "ada-message" : "person-message");
            setGraphic(box);
        }
    }
}
