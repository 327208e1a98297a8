package org.guidepost.engine;

import java.util.function.BiConsumer;
import org.guidepost.model.Communication;

/** The text fields of a communication that lexicons are matched in, with their JSON pointers. */
final class TextFields {
    private TextFields() {
    }

    static void forEach(Communication communication, BiConsumer<String, String> action) {
        action.accept("/text", communication.getText());
    }
}
