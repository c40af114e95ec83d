package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.krongkan.json.codec.JsonIn;
import java.io.IOException;

/**
 * A deserializer that reads a krongkan value embedded in other JSON with {@link JsonIn}, the strict
 * reader of {@link KrongkanJson}. A failure becomes a {@link JsonMappingException} whose message
 * carries the krongkan pointer and reason and whose cause is the {@link KrongkanJsonException}.
 *
 * @param <T> the value type
 */
abstract class StrictDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    StrictDeserializer(Class<T> type) {
        super(type);
    }

    /** Reads the value the reader stands on. */
    abstract T read(JsonIn in);

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return read(new JsonIn(new Jackson2Source(p), true));
        } catch (KrongkanJsonException e) {
            throw JsonMappingException.from(p, e.getMessage(), e);
        }
    }
}
