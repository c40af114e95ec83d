package io.github.krongkan.jackson3;

import io.github.krongkan.json.codec.JsonOut;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a krongkan value embedded in other JSON with the codec's writer, in the form the
 * deserializer reads back.
 *
 * @param <T> the value type
 */
final class CodecSerializer<T> extends StdSerializer<T> {
    private final JsonOut.Writer<T> write;

    CodecSerializer(Class<T> type, JsonOut.Writer<T> write) {
        super(type);
        this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
        try {
            write.write(new JsonOut(new Jackson3Sink(gen)), value);
        } catch (IOException e) {
            // The sink over a Jackson 3 generator throws Jackson's unchecked exceptions only.
            throw new UncheckedIOException(e);
        }
    }
}
