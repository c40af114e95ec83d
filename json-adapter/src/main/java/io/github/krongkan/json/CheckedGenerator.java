package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.json.codec.KrongkanCodec;
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
        String unwritable = KrongkanCodec.unwritableString(text);
        if (unwritable != null) {
            throw refused(unwritable);
        }
        super.writeString(text);
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
        String unwritable = KrongkanCodec.unwritableNumber(encodedValue);
        if (unwritable != null) {
            throw refused(unwritable);
        }
        super.writeNumber(encodedValue);
    }

    @Override
    public void writeEndArray() throws IOException {
        JsonStreamContext array = getOutputContext();
        String unwritable = array.inArray() ? KrongkanCodec.unwritableArray(array.getEntryCount()) : null;
        if (unwritable != null) {
            throw new KrongkanJsonException(
                    pointer(KrongkanJson.MAX_ARRAY_LENGTH), "cannot write: " + unwritable, null);
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
