package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.json.codec.JsonIn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes only what the reader reads back: a string longer than the reader's limit or with a lone
 * surrogate, a number longer than the reader's limit, or an array with more items than the reader
 * takes, is refused with a {@link KrongkanJsonException} at its pointer instead of being written
 * into a document that could not be read (or, for a lone surrogate, not encoded).
 */
final class CheckedGenerator extends JsonGeneratorDelegate {
    CheckedGenerator(JsonGenerator g) {
        super(g, false);
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text.length() > KrongkanJson.MAX_STRING_LENGTH) {
            throw refused("a string of " + text.length() + " characters is beyond the format's limit of "
                    + KrongkanJson.MAX_STRING_LENGTH + "; it could not be read back");
        }
        int bad = JsonIn.loneSurrogate(text);
        if (bad >= 0) {
            throw refused(String.format(
                    "lone surrogate U+%04X at character %d; text must be valid Unicode", (int) text.charAt(bad), bad));
        }
        super.writeString(text);
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
        if (encodedValue.length() > KrongkanJson.MAX_NUMBER_LENGTH) {
            throw refused("the number " + JsonIn.quote(encodedValue) + " has more than "
                    + KrongkanJson.MAX_NUMBER_LENGTH + " characters, the format's limit; it could not be read back");
        }
        super.writeNumber(encodedValue);
    }

    @Override
    public void writeEndArray() throws IOException {
        JsonStreamContext array = getOutputContext();
        if (array.inArray() && array.getEntryCount() > KrongkanJson.MAX_ARRAY_LENGTH) {
            throw new KrongkanJsonException(
                    pointer(KrongkanJson.MAX_ARRAY_LENGTH),
                    "cannot write: more than " + KrongkanJson.MAX_ARRAY_LENGTH
                            + " items in one array, the format's limit; it could not be read back",
                    null);
        }
        super.writeEndArray();
    }

    private KrongkanJsonException refused(String reason) {
        return new KrongkanJsonException(pointer(-1), "cannot write: " + reason, null);
    }

    /**
     * The pointer of the value about to be written, or with {@code index} not negative, of that
     * item of the innermost array.
     */
    private String pointer(int index) {
        List<JsonStreamContext> contexts = new ArrayList<>();
        for (JsonStreamContext c = getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) {
            contexts.add(c);
        }
        DocumentPath path = DocumentPath.root();
        for (int i = contexts.size() - 1; i >= 0; i--) {
            JsonStreamContext c = contexts.get(i);
            if (c.inArray()) {
                path = path.index(i > 0 ? c.getCurrentIndex() : index >= 0 ? index : c.getEntryCount());
            } else {
                String name = c.getCurrentName();
                path = path.field(name == null ? "" : name);
            }
        }
        return path.toString();
    }
}
