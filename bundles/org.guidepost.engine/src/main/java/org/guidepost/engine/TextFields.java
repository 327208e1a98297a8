package org.guidepost.engine;

import java.util.List;
import java.util.function.BiConsumer;
import org.guidepost.model.Communication;
import org.guidepost.model.Media;
import org.guidepost.model.Offer;

/**
 * The text fields of a communication that lexicons are matched in, with their JSON pointers: the words the
 * communication itself publishes (text, captions, offers, the name shown on the account) and the words it
 * answers ({@code /inReplyTo/text}; rules tell them apart by field).
 */
final class TextFields {
    private TextFields() {
    }

    static void forEach(Communication communication, BiConsumer<String, String> action) {
        action.accept("/text", communication.getText());
        if (communication.getAccount() != null) {
            action.accept("/account/displayName", communication.getAccount().getDisplayName());
        }
        List<Media> media = communication.getMedia();
        for (int i = 0; i < media.size(); i++) {
            action.accept("/media/" + i + "/caption", media.get(i).getCaption());
        }
        List<Offer> offers = communication.getOffers();
        for (int i = 0; i < offers.size(); i++) {
            action.accept("/offers/" + i + "/description", offers.get(i).getDescription());
        }
        if (communication.getInReplyTo() != null) {
            action.accept("/inReplyTo/text", communication.getInReplyTo().getText());
        }
    }
}
