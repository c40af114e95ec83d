package io.github.krongkan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.krongkan.money.Baht;
import java.io.IOException;

/** Writes a {@link Baht} as a plain decimal string with two decimals, e.g. {@code "90000.00"}. */
final class BahtSerializer extends StdSerializer<Baht> {
    private static final long serialVersionUID = 1L;

    BahtSerializer() {
        super(Baht.class);
    }

    @Override
    public void serialize(Baht value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
    }
}
