package io.github.krongkan.jackson3;

import io.github.krongkan.document.DocumentPath;
import io.github.krongkan.json.codec.KrongkanCodec;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * Writes only what the reader reads back, by the codec's rules ({@link
 * KrongkanCodec#unwritableString}, {@link KrongkanCodec#unwritableNumber}, {@link
 * KrongkanCodec#unwritableArray}): anything else is refused with a {@link KrongkanJson3Exception}
 * at its pointer instead of being written into a document that could not be read.
 */
final class CheckedGenerator extends JsonGeneratorDelegate {
    CheckedGenerator(JsonGenerator g) {
        super(g, false);
    }

    @Override
    public JsonGenerator writeString(String text) {
        String unwritable = KrongkanCodec.unwritableString(text);
        if (unwritable != null) {
            throw refused(pointer(-1), unwritable);
        }
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) {
        String unwritable = KrongkanCodec.unwritableNumber(encodedValue);
        if (unwritable != null) {
            throw refused(pointer(-1), unwritable);
        }
        return super.writeNumber(encodedValue);
    }

    @Override
    public JsonGenerator writeEndArray() {
        TokenStreamContext array = streamWriteContext();
        String unwritable = array.inArray() ? KrongkanCodec.unwritableArray(array.getEntryCount()) : null;
        if (unwritable != null) {
            throw refused(pointer(KrongkanCodec.MAX_ARRAY_LENGTH), unwritable);
        }
        return super.writeEndArray();
    }

    private static KrongkanJson3Exception refused(String pointer, String reason) {
        return new KrongkanJson3Exception(pointer, "cannot write: " + reason, -1, -1, null);
    }

    /**
     * The pointer of the value about to be written, or with {@code index} not negative, of that
     * item of the innermost array.
     */
    private String pointer(int index) {
        List<TokenStreamContext> contexts = new ArrayList<>();
        for (TokenStreamContext c = streamWriteContext(); c != null && !c.inRoot(); c = c.getParent()) {
            contexts.add(c);
        }
        DocumentPath path = DocumentPath.root();
        for (int i = contexts.size() - 1; i >= 0; i--) {
            TokenStreamContext c = contexts.get(i);
            if (c.inArray()) {
                path = path.index(i > 0 ? c.getCurrentIndex() : index >= 0 ? index : c.getEntryCount());
            } else {
                String name = c.currentName();
                path = path.field(name == null ? "" : name);
            }
        }
        return path.toString();
    }
}
