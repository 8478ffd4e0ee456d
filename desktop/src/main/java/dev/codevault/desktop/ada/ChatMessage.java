package dev.codevault.desktop.ada;

import dev.codevault.common.ada.AdaAuthor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One message of the conversation; Ada's text grows while the answer streams in. Use it on the JavaFX thread. */
public final class ChatMessage {

    private final AdaAuthor author;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper streaming = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    ChatMessage(AdaAuthor author, String initialText) {
        this.author = author;
        text.set(initialText);
    }

    void append(String chunk) {
        text.set(text.get() + chunk);
    }

    void streaming(boolean value) {
        streaming.set(value);
    }

    void fail(String reason) {
        failed.set(true);
        streaming.set(false);
        text.set(text.get().isEmpty() ? reason : text.get() + "\n\n" + reason);
    }

    public AdaAuthor author() {
        return author;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** Whether more of the text is on its way. */
    public ReadOnlyBooleanProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    /** Whether the answer failed; the text then ends with the reason. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public boolean isFailed() {
        return failed.get();
    }
}
