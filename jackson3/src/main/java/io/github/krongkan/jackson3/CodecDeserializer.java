package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.JsonIn;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a krongkan value embedded in other JSON with the codec's strict reader, whatever the
 * mapper's settings. A failure becomes a {@link DatabindException} whose message carries the
 * krongkan pointer (relative to the value) and reason and whose cause is the {@link
 * KrongkanJson3Exception}.
 *
 * @param <T> the value type
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
    private final Function<JsonIn, T> read;

    CodecDeserializer(Class<T> type, Function<JsonIn, T> read) {
        super(type);
        this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
            return read.apply(new JsonIn(new Jackson3Source(p), true));
        } catch (KrongkanJson3Exception e) {
            throw DatabindException.from(p, e.getMessage(), e);
        }
    }
}
